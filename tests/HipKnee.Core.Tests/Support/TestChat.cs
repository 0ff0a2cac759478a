using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;

namespace HipKnee.Core.Tests.Support;

/// <summary>
/// Plays one user's side of the chat: keeps the state and a clock between messages, collects every event, and
/// builds the history from them, handing the coach only the window it asks for, as the host does.
/// </summary>
internal sealed class TestChat(DateTimeOffset start, UserState? state = null)
{
    public UserState State { get; private set; } = state ?? new UserState(ChatId: 42);

    public DateTimeOffset Now { get; private set; } = start;

    public List<SessionEvent> Events { get; } = [];

    public History History { get; private set; } = History.Empty(start);

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

    public TestChat At(DateTimeOffset instant)
    {
        Now = instant;
        return this;
    }

    public Decision Send(string text) => Handle(InputParser.Parse(text));

    public Decision Press(string data) => Handle(new ButtonInput(data));

    public Decision SendSticker() => Handle(new NonTextInput());

    /// <summary>Runs a whole session: /train, then eight dones two minutes apart.</summary>
    public Decision TrainFully()
    {
        var last = Send("/train");
        for (var set = 0; set < 8; set++)
        {
            last = Later(TimeSpan.FromMinutes(2)).Send("done");
        }

        return last;
    }

    public Decision Handle(Input input)
    {
        var window = HistoryWindow.Since(State, input, Now);
        var decision = Coach.Decide(State, input, Now, HistoryWindow.Trim(History, window));
        State = decision.Next;
        Events.AddRange(decision.Events);
        foreach (var recorded in decision.Events)
        {
            Remember(recorded);
        }

        return decision;
    }

    private void Remember(SessionEvent recorded)
    {
        switch (recorded)
        {
            case SessionStarted started:
                History = History.WithSession(new PastSession(started.SessionNumber, started.At, null));
                break;
            case SessionEnded ended:
                History = History with
                {
                    Sessions = History.Sessions.Select(s => s.Number == ended.SessionNumber ? s with { Outcome = ended.Outcome } : s).ToList(),
                };
                break;
            case PainRecorded pain:
                History = History.WithPain(new PainReading(pain.At, pain.Score));
                break;
        }
    }
}
