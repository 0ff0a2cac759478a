using System.Globalization;
using HipKnee.Core.Routine;
using HipKnee.Core.Schedule;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Conversation;

/// <summary>
/// The one codec between button inputs and Telegram's callback data (at most 64 bytes): <see cref="Of"/> encodes,
/// <see cref="Parse"/> decodes once at the edge, and anything it does not know becomes a <see cref="StaleButton"/>.
/// Payloads: <c>t</c> train, <c>d|s:&lt;session&gt;:&lt;step&gt;</c> done/skip, <c>tm:&lt;session&gt;:&lt;step&gt;</c> timer,
/// <c>lang:&lt;code&gt;</c>, <c>del:y|n</c>, <c>rf:y|n</c>, <c>pk</c>, <c>ph:&lt;exercise|0&gt;</c>, <c>mc:&lt;answer&gt;:&lt;yyyyMMdd&gt;</c>,
/// <c>pn:&lt;0-10&gt;</c>, <c>lv:&lt;exercise|0&gt;:&lt;level&gt;</c>, <c>pu|pd|px</c> level offer, <c>wb:&lt;barrier&gt;</c>,
/// <c>rt:&lt;HHmm&gt;</c>, <c>wo</c>, <c>pz</c>, <c>sc</c>, <c>sd:&lt;days&gt;[:!]</c>, <c>st:&lt;HHmm&gt;</c>, <c>tz:&lt;zone&gt;</c>, <c>n:s|x:&lt;yyyyMMdd&gt;</c>.
/// </summary>
public static class CallbackData
{
    public const string Train = "t";
    private const string DayFormat = "yyyyMMdd";
    private const string TimeFormat = "HHmm";

    public static string Done(int session, int step) => Of(new SetButton(SetOutcome.Done, session, step));

    public static string Skip(int session, int step) => Of(new SetButton(SetOutcome.Skipped, session, step));

    public static string Timer(int session, int step) => Of(new TimerButton(session, step));

    public static string Of(ButtonInput button) => button switch
    {
        TrainButton => Train,
        SetButton set => Invariant($"{(set.Outcome == SetOutcome.Done ? "d" : "s")}:{set.Session}:{set.Step}"),
        TimerButton timer => Invariant($"tm:{timer.Session}:{timer.Step}"),
        LanguageButton language => $"lang:{language.Language}",
        EraseButton erase => erase.Confirmed ? "del:y" : "del:n",
        RedFlagButton redFlag => redFlag.NoneApply ? "rf:y" : "rf:n",
        PainReasonButton => "pk",
        HurtButton hurt => Invariant($"ph:{(int?)hurt.Exercise ?? 0}"),
        MorningButton morning => Invariant($"mc:{(int)morning.Answer}:{Day(morning.Day)}"),
        PainButton pain => Invariant($"pn:{pain.Score}"),
        LevelButton level => Invariant($"lv:{(int?)level.Exercise ?? 0}:{level.Level}"),
        LevelOfferButton { Accepted: LevelOffer.MoveUp } => "pu",
        LevelOfferButton { Accepted: LevelOffer.StepBack } => "pd",
        LevelOfferButton => "px",
        BarrierButton barrier => Invariant($"wb:{(int)barrier.Barrier}"),
        ReminderTimeButton reminder => $"rt:{Time(reminder.Time)}",
        SummaryOffButton => "wo",
        PauseButton => "pz",
        ChangeScheduleButton => "sc",
        DaysButton days => Invariant($"sd:{(int)days.Days}{(days.Insist ? ":!" : "")}"),
        TimeButton time => $"st:{Time(time.Time)}",
        ZoneButton zone => $"tz:{zone.Zone}",
        NudgeButton nudge => $"n:{(nudge.Snooze ? "s" : "x")}:{Day(nudge.Day)}",
        StaleButton stale => stale.Data,
        _ => throw new ArgumentOutOfRangeException(nameof(button), button, "a button kind without a payload"),
    };

    /// <summary>The button a payload stands for; never throws, whatever Telegram (or anyone) sends.</summary>
    public static ButtonInput Parse(string data)
    {
        var colon = data.IndexOf(':');
        var head = colon < 0 ? data : data[..colon];
        var rest = colon < 0 ? null : data[(colon + 1)..];
        var parts = data.Split(':');
        ButtonInput? button = (head, rest) switch
        {
            ("t", null) => new TrainButton(),
            ("d" or "s", _) when Ints(parts) is var (session, step) => new SetButton(head == "d" ? SetOutcome.Done : SetOutcome.Skipped, session, step),
            ("tm", _) when Ints(parts) is var (session, step) => new TimerButton(session, step),
            ("lang", { } code) when Languages.Find(code) is { } language => new LanguageButton(language),
            ("del", "y" or "n") => new EraseButton(rest == "y"),
            ("rf", "y" or "n") => new RedFlagButton(rest == "y"),
            ("pk", null) => new PainReasonButton(),
            ("ph", { Length: <= 2 } id) when Number(id) is { } exercise => Exercise(exercise) is var (known, valid) && valid ? new HurtButton(known) : null,
            ("mc", _) when parts.Length == 3 && Number(parts[1]) is { } answer && Enum.IsDefined((MorningAnswer)answer) && ParseDay(parts[2]) is { } day
                => new MorningButton((MorningAnswer)answer, day),
            ("pn", { Length: <= 3 } score) when Number(score) is { } pain && Progress.PainReading.IsScore(pain) => new PainButton(pain),
            ("lv", _) when Ints(parts) is var (id, level) && Exercise(id) is (var exercise, true) => new LevelButton(exercise, level),
            ("pu", null) => new LevelOfferButton(LevelOffer.MoveUp),
            ("pd", null) => new LevelOfferButton(LevelOffer.StepBack),
            ("px", null) => new LevelOfferButton(LevelOffer.None),
            ("wb", { Length: <= 3 } code) when Number(code) is { } barrier && Enum.IsDefined((WeekBarrier)barrier) => new BarrierButton((WeekBarrier)barrier),
            ("rt", { } time) when ParseTime(time) is { } at => new ReminderTimeButton(at),
            ("wo", null) => new SummaryOffButton(),
            ("pz", null) => new PauseButton(),
            ("sc", null) => new ChangeScheduleButton(),
            ("sd", _) when parts.Length is 2 or 3 && Number(parts[1]) is { } bits && (TrainingDays)(bits & 0x7F) is var days and not TrainingDays.None
                => new DaysButton(days, parts.Length == 3 && parts[2] == "!"),
            ("st", { } time) when ParseTime(time) is { } at => new TimeButton(at),
            ("tz", { } name) when ScheduleParser.Zone(name) is { } zone => new ZoneButton(zone),
            ("n", _) when parts.Length == 3 && parts[1] is "s" or "x" && ParseDay(parts[2]) is { } day => new NudgeButton(parts[1] == "s", day),
            _ => null,
        };
        return button ?? new StaleButton(data);
    }

    /// <summary>The two numbers of <c>x:&lt;a&gt;:&lt;b&gt;</c>.</summary>
    private static (int, int)? Ints(string[] parts) =>
        parts.Length == 3 && Number(parts[1]) is { } first && Number(parts[2]) is { } second ? (first, second) : null;

    /// <summary>Plain ASCII digits only: no sign, space or other script, so each number has one spelling.</summary>
    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>0 stands for "all" or "not sure" (null); any other number must name an exercise.</summary>
    private static (ExerciseId?, bool Valid) Exercise(int id) =>
        id == 0 ? (null, true) : Enum.IsDefined((ExerciseId)id) ? ((ExerciseId)id, true) : (null, false);

    private static DateOnly? ParseDay(string text) =>
        DateOnly.TryParseExact(text, DayFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;

    private static TimeOnly? ParseTime(string text) =>
        TimeOnly.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    private static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    private static string Time(TimeOnly time) => time.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
