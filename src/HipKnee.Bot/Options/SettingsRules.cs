using Microsoft.Extensions.Options;

namespace HipKnee.Bot.Options;

/// <summary>The options registration's check: the rules an options class declares, as <see cref="OptionsSectionCheck"/> runs them.</summary>
public sealed class SettingsRules<TOptions>(string section) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options) =>
        OptionsSectionCheck.RuleProblem(options, section) is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
