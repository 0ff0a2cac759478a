using CsCheck;
using HipKnee.Core.Conversation;

namespace HipKnee.Core.Tests.Support;

/// <summary>One random step of a user and the reminder scan: what arrives and, for the scan, when.</summary>
internal abstract record ChatMove
{
    private static readonly string[] Texts =
    [
        "/schedule mon wed fri 07:30", "/schedule tue thu sat 02:30", "/schedule sun tue thu 01:45", "/schedule mon tue wed 23:30",
        "/schedule 23:30", "/schedule 00:15", "/schedule 02:15", "/schedule 07:45", "/schedule tue fri sun", "/schedule",
        "/schedule mon wed funday 07:30", "/schedule 25:00", "/schedule mon wed", "/timezone", "/timezone mars/olympus",
        "/pause", "/resume", "/start", "/help", "mon wed fri", "mon tue thu", "07:30", "02:30", "25:00", "europe/berlin", "hello",
        "/train", "start", "done", "skip", "/stop",
    ];

    private static readonly string[] Buttons =
    [
        "sc", "sd:21", "sd:42", "sd:11", "sd:11:!", "sd:0", "sd:127", "st:0730", "st:0230", "st:2330", "st:9999",
        "tz:Europe/Berlin", "tz:Australia/Lord_Howe", "tz:Asia/Kathmandu", "tz:Pacific/Kiritimati", "tz:Mars/Olympus", "t", "n:s:garbage",
    ];

    public static readonly Gen<ChatMove> Any = Gen.Frequency(
        (5, Gen.Const<ChatMove>(new Due())),
        (5, Gen.Int[0, 150].Select(late => (ChatMove)new DueOnTime(late))),
        (5, Gen.OneOfConst(Texts).Select(text => (ChatMove)new Typed(text))),
        (2, Gen.OneOfConst(ClockChanges.Zones).Select(zone => (ChatMove)new Typed("/timezone " + zone))),
        (3, Gen.OneOfConst(Buttons).Select(data => (ChatMove)new Press(data))),
        (4, Gen.Select(Gen.Bool, Gen.Int[-2, 1], (snooze, offset) => (ChatMove)new PressReminder(snooze, offset))),
        (2, Gen.Bool.Select(done => (ChatMove)new PressSet(done))));

    /// <summary>When the move happens, given the clock has already moved on to <paramref name="now"/>.</summary>
    public virtual DateTimeOffset When(UserState state, DateTimeOffset now) => now;

    public abstract Input ToInput(UserState state, DateTimeOffset now);

    public sealed record Due : ChatMove
    {
        public override Input ToInput(UserState state, DateTimeOffset now) => new ReminderDueInput();
    }

    /// <summary>The scan calls when the planned nudge falls due, up to two and a half hours late.</summary>
    public sealed record DueOnTime(int LateMinutes) : ChatMove
    {
        public override DateTimeOffset When(UserState state, DateTimeOffset now) =>
            state.NextNudge is { } nudge && nudge.At.AddMinutes(LateMinutes) > now ? nudge.At.AddMinutes(LateMinutes) : now;

        public override Input ToInput(UserState state, DateTimeOffset now) => new ReminderDueInput();
    }

    public sealed record Typed(string Text) : ChatMove
    {
        public override Input ToInput(UserState state, DateTimeOffset now) => InputParser.Parse(Text);
    }

    public sealed record Press(string Data) : ChatMove
    {
        public override Input ToInput(UserState state, DateTimeOffset now) => CallbackData.Parse(Data);
    }

    /// <summary>"In 1 hour" or "Not today" for the last reminded day (or today), give or take a day or two.</summary>
    public sealed record PressReminder(bool Snooze, int DayOffset) : ChatMove
    {
        public override Input ToInput(UserState state, DateTimeOffset now)
        {
            var day = (state.NudgedDay ?? state.LocalDate(now)).AddDays(DayOffset);
            return CallbackData.Parse(Snooze ? ScheduleButtons.Snooze(day) : ScheduleButtons.NotToday(day));
        }
    }

    /// <summary>Done or Skip on the set on screen.</summary>
    public sealed record PressSet(bool Done) : ChatMove
    {
        public override Input ToInput(UserState state, DateTimeOffset now)
        {
            var number = state.Session?.Number ?? state.SessionCount;
            var step = state.Session?.Step ?? 0;
            return CallbackData.Parse(Done ? CallbackData.Done(number, step) : CallbackData.Skip(number, step));
        }
    }
}
