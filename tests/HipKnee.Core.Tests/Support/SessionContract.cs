namespace HipKnee.Core.Tests.Support;

/// <summary>The eight sets as interface.md lists them: what each prompt must name.</summary>
internal static class SessionContract
{
    public static readonly IReadOnlyList<string> SetNames =
    [
        "Forward lunge, left leg",
        "Forward lunge, right leg",
        "Side plank, left side",
        "Side plank, right side",
        "Single-leg bridge, left leg",
        "Single-leg bridge, right leg",
        "Step-down, left leg",
        "Step-down, right leg",
    ];
}
