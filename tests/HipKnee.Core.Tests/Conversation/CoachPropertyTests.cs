using CsCheck;
using HipKnee.Core.Conversation;
using HipKnee.Core.Routine;
using HipKnee.Core.Tests.Support;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>Random conversations, with time jumping from 0 s to 20 h between messages, never break the coach's invariants.</summary>
public sealed class CoachPropertyTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 6, 0, 0, TimeSpan.Zero);

    private static readonly Gen<Move> Moves = Gen.Frequency(
        (5, Gen.OneOfConst("done", "Done!", "d", "✅", "👍", "skip", "/train", "start", "/stop", "/help", "/start", "/pain 3", "/pain", "7", "/level", "/level 1", "/stats", "/language zh", "/language en", "/summary", "/deletemydata", "hello", "", "/start@OtherBot")
            .Select(text => (Move)new Typed(text))),
        (4, Gen.Bool.Select(done => (Move)new PressCurrent(done))),
        (2, Gen.Select(Gen.Int[-2, 1], Gen.Int[-3, 2], Gen.Bool, (session, step, done) => (Move)new PressNear(session, step, done))),
        (1, Gen.OneOfConst("t", "x", "", "d:0:0", "d:1:99", "s::", "d:-1:0", "d:99999999999:1", "d:1:0:0").Select(data => (Move)new PressRaw(data))),
        (2, Gen.OneOfConst("pn:0", "pn:8", "pn:11", "lv:0:0", "lv:2:3", "lv:4:9", "lv:9:1", "pu", "pd", "px", "wb:1", "wb:3", "wb:9", "wo", "rt:1930", "pz",
            "lang:zh", "lang:en", "lang:xx", "del:n", "del:y").Select(data => (Move)new PressRaw(data))),
        (1, Gen.Const<Move>(new NonText())),
        (4, Gen.Int[0, 20].Select(index => (Move)new PressShown(index))));

    // Mostly the pace of a real session, now and then a long gap that may make the session stale.
    private static readonly Gen<int> SecondsLater = Gen.Frequency(
        (8, Gen.Int[0, 600]),
        (1, Gen.Int[0, 20 * 60 * 60]));

    private static readonly Gen<Beat[]> Conversations = Gen.Select(Moves, SecondsLater, (move, seconds) => new Beat(move, seconds)).Array[0, 60];

    [Fact]
    public void Any_conversation_keeps_the_state_valid_and_the_record_consistent() =>
        Conversations.Sample(Play, iter: 5_000);

    private static void Play(Beat[] beats)
    {
        var state = new UserState(ChatId: 1);
        var now = Start;
        var ended = new HashSet<int>();
        IReadOnlyList<string> shown = [];
        foreach (var beat in beats)
        {
            now += TimeSpan.FromSeconds(beat.SecondsLater);
            var input = beat.Move is PressShown press && shown.Count > 0
                ? CallbackData.Parse(shown[press.Index % shown.Count])
                : beat.Move.ToInput(state);

            var decision = Coach.Decide(state, input, now);
            var next = decision.Next;
            shown = decision.ButtonData();
            foreach (var data in shown)
            {
                // Every button the coach shows is one it understands: its data parses back to the same input.
                Assert.IsNotType<StaleButton>(CallbackData.Parse(data));
                Assert.Equal(data, CallbackData.Of(CallbackData.Parse(data)));
            }

            Assert.True(next.IsValid, $"invalid state {next} after {input}");
            Assert.InRange(next.Session?.Step ?? 0, 0, HipRoutine.SetCount);
            if (decision.Events.Any(e => e is DataErased))
            {
                // After /deletemydata the user is a stranger: nothing of the old state survives.
                Assert.Equal(new UserState(state.ChatId) { Language = state.Language }, next);
                (state, ended) = (next, []);
                continue;
            }

            Assert.True(next.SessionCount >= state.SessionCount, $"session count fell from {state.SessionCount} to {next.SessionCount}");
            Assert.Equal(next.ChatId, state.ChatId);
            Assert.Equal(input is ButtonInput ? 1 : 0, decision.Replies.OfType<CallbackAnswer>().Count());
            if (input is not NonTextInput)
            {
                Assert.NotEmpty(decision.Replies);
            }

            foreach (var recorded in decision.Events.Where(e => e is SessionStarted or SetRecorded or SessionEnded))
            {
                Assert.InRange(recorded.SessionNumber, 1, next.SessionCount);
                Assert.Equal(now, recorded.At);
                if (recorded is SetRecorded set)
                {
                    Assert.DoesNotContain(set.SessionNumber, ended);
                    Assert.Equal((state.Session?.Number, state.Session?.Step), (set.SessionNumber, set.Step));
                }

                if (recorded is SessionEnded end)
                {
                    Assert.True(ended.Add(end.SessionNumber), $"session {end.SessionNumber} ended twice");
                    Assert.InRange(end.Done + end.Skipped, 0, HipRoutine.SetCount);
                }
            }

            state = next;
        }
    }

    private sealed record Beat(Move Move, int SecondsLater);

    private abstract record Move
    {
        public abstract Input ToInput(UserState state);
    }

    private sealed record Typed(string Text) : Move
    {
        public override Input ToInput(UserState state) => InputParser.Parse(Text);
    }

    private sealed record NonText : Move
    {
        public override Input ToInput(UserState state) => new NonTextInput();
    }

    /// <summary>The Done or Skip button of the set on screen (or of the last session's first set when none runs).</summary>
    private sealed record PressCurrent(bool Done) : Move
    {
        public override Input ToInput(UserState state) => new PressNear(0, 0, Done).ToInput(state);
    }

    /// <summary>A button a few sessions or steps away from the current one: usually stale, sometimes just right.</summary>
    private sealed record PressNear(int SessionOffset, int StepOffset, bool Done) : Move
    {
        public override Input ToInput(UserState state)
        {
            var session = (state.Session?.Number ?? state.SessionCount) + SessionOffset;
            var step = (state.Session?.Step ?? 0) + StepOffset;
            return CallbackData.Parse(Done ? CallbackData.Done(session, step) : CallbackData.Skip(session, step));
        }
    }

    /// <summary>One of the buttons the coach just showed (the usual way to answer); the start button when it showed none.</summary>
    private sealed record PressShown(int Index) : Move
    {
        public override Input ToInput(UserState state) => new TrainButton();
    }

    private sealed record PressRaw(string Data) : Move
    {
        public override Input ToInput(UserState state) => CallbackData.Parse(Data);
    }
}
