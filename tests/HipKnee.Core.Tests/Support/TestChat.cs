using HipKnee.Core.Conversation;
using HipKnee.Core.Progress;
using HipKnee.Core.Schedule;

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

    /// <summary>The morning-check scan calls, at the current instant.</summary>
    public Decision MorningDue() => Handle(new MorningCheckDueInput());

    /// <summary>A whole session with the given steps skipped and the rest done, one minute per set.</summary>
    public Decision Train(params int[] skippedSteps)
    {
        var last = Send("/train");
        for (var step = 0; step < Routine.HipRoutine.SetCount; step++)
        {
            last = Later(TimeSpan.FromMinutes(1)).Send(skippedSteps.Contains(step) ? "skip" : "done");
        }

        return last;
    }

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

    /// <summary>A user in <paramref name="zone"/> who set their schedule with <c>/schedule</c> at <paramref name="start"/>.</summary>
    public static TestChat Scheduled(DateTimeOffset start, string zone = "Europe/Berlin", string schedule = "mon wed fri 07:30")
    {
        var chat = new TestChat(start);
        chat.Send($"/timezone {zone}");
        chat.Send($"/schedule {schedule}");
        return chat;
    }

    /// <summary>The planned nudge; fails the test when none is planned.</summary>
    public Nudge Planned => State.NextNudge ?? throw new InvalidOperationException("No nudge is planned.");

    /// <summary>A whole session, one minute per set, starting now.</summary>
    public Decision TrainFully()
    {
        Send("/train");
        for (var i = 1; i < Routine.HipRoutine.SetCount; i++)
        {
            Later(TimeSpan.FromMinutes(1)).Send("done");
        }

        return Later(TimeSpan.FromMinutes(1)).Send("done");
    }

    /// <summary>Answers "done" to every set left in the running session, one minute apart.</summary>
    public Decision TrainFullyFromHere()
    {
        var last = Send("done");
        while (State.Session is not null)
        {
            last = Later(TimeSpan.FromMinutes(1)).Send("done");
        }

        return last;
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

    /// <summary>The reminder scan calls, at the current instant.</summary>
    public Decision Due() => Handle(new ReminderDueInput());

    /// <summary>The reminder scan calls exactly when the planned nudge falls due, plus <paramref name="late"/>.</summary>
    public Decision DueOnTime(TimeSpan late = default) => At(Planned.At + late).Due();

    public Decision Send(string text) => Handle(InputParser.Parse(text));

    public Decision Press(string data) => Handle(CallbackData.Parse(data));

    public Decision SendSticker() => Handle(new NonTextInput());

    public Decision Handle(Input input)
    {
        var decision = Coach.Decide(State, input, Now, Histories.Since(History, Coach.HistoryNeeded(State, input, Now)));
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
            case SetRecorded { Outcome: SetOutcome.Skipped } skipped:
                var mask = Routine.ExerciseMask.Of(Routine.HipRoutine.Sets[skipped.Step].Exercise.Id);
                History = History with
                {
                    Sessions = History.Sessions.Select(s => s.Number == skipped.SessionNumber ? s with { SkippedExercises = s.SkippedExercises | mask } : s).ToList(),
                };
                break;
            case PainRecorded pain:
                History = History.WithPain(new PainReading(pain.At, pain.Score) { AfterSession = pain.AfterSession });
                break;
        }
    }
}
