using HipKnee.Core.Conversation;

namespace HipKnee.Core.Tests.Support;

/// <summary>Plays one user's side of the chat: keeps the state and a clock between messages and collects every event.</summary>
internal sealed class TestChat(DateTimeOffset start, UserState? state = null)
{
    public UserState State { get; private set; } = state ?? new UserState(ChatId: 42);

    public DateTimeOffset Now { get; private set; } = start;

    public List<SessionEvent> Events { get; } = [];

    public static TestChat OnMonday() => new(Moments.MondayMorning);

    /// <summary>A chat with a session running at <paramref name="step"/> (that many sets answered done).</summary>
    public static TestChat AtStep(int step)
    {
        var chat = OnMonday();
        chat.Send("/train");
        for (var i = 0; i < step; i++)
        {
            chat.Later(TimeSpan.FromMinutes(2)).Send("done");
        }

        return chat;
    }

    public TestChat Later(TimeSpan elapsed)
    {
        Now += elapsed;
        return this;
    }

    public Decision Send(string text) => Handle(InputParser.Parse(text));

    public Decision Press(string data) => Handle(new ButtonInput(data));

    public Decision SendSticker() => Handle(new NonTextInput());

    public Decision Handle(Input input)
    {
        var decision = Coach.Decide(State, input, Now);
        State = decision.Next;
        Events.AddRange(decision.Events);
        return decision;
    }
}
