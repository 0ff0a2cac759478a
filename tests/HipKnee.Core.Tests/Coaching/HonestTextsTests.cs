using HipKnee.Core.Conversation;
using HipKnee.Core.Routine;
using HipKnee.Core.Tests.Support;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Tests.Coaching;

/// <summary>No over-promising, cues a physio would give, the working leg named (issue 12, items 2–4 and 16).</summary>
public sealed class HonestTextsTests
{
    private static readonly ICoachTexts English = CoachTexts.For(Languages.English);
    private static readonly ICoachTexts Chinese = CoachTexts.For(Languages.Chinese);

    /// <summary>Every prompt of a session at <paramref name="level"/>, in one language.</summary>
    private static List<string> Prompts(int level, string language = Languages.English)
    {
        var chat = new TestChat(Moments.MondayMorning, new UserState(42) { Levels = ExerciseLevels.All(level), Language = language, RedFlagsCleared = true });
        var prompts = new List<string> { chat.Send("/train").SetPrompt().Text };
        for (var step = 1; step < HipRoutine.SetCount; step++)
        {
            prompts.Add(chat.Later(TimeSpan.FromMinutes(1)).Send("done").SetPrompt().Text);
        }

        return prompts;
    }

    [Fact]
    public void No_text_claims_a_cause_or_keeps_knees_on_track()
    {
        var texts = new[] { English.Greeting, English.Reminder, Chinese.Greeting, Chinese.Reminder, English.RedFlagScreen, Chinese.RedFlagScreen };

        foreach (var text in texts)
        {
            Assert.DoesNotContain("usual cause", text);
            Assert.DoesNotContain("on track", text);
            Assert.DoesNotContain("最常见的原因", text);
            Assert.DoesNotContain("保持正轨", text);
        }

        Assert.Contains("6–8 weeks", English.Greeting);
        Assert.Contains("isn't guaranteed", English.Greeting);
        Assert.Contains("6–8 周", Chinese.Greeting);
        Assert.Contains("并不能保证", Chinese.Greeting);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    public void The_lunge_at_every_level_cues_pain_free_depth_and_the_knee_over_the_middle_of_the_foot(int level)
    {
        var lunge = Prompts(level)[0];

        Assert.Contains("only as deep as is pain-free", lunge);
        Assert.Contains("front knee over the middle of your foot, not caving in", lunge);
        Assert.DoesNotContain("shorter step", lunge);
        Assert.Contains("a normal step, sink only as far as is comfortable, a hand on a wall", lunge);
    }

    [Fact]
    public void The_step_down_cues_level_hips_a_straight_other_leg_and_the_knee_over_the_foot_in_both_languages()
    {
        var english = Prompts(1)[6];
        var chinese = Prompts(1, Languages.Chinese)[6];

        Assert.Contains("hips level, the other leg straight", english);
        Assert.Contains("standing knee over the middle of your foot, not caving in", english);
        Assert.Contains("only as far as is pain-free", english);
        Assert.Contains("骨盆放平，另一条腿伸直", chinese);
        Assert.Contains("膝盖对准脚掌中间，不要向内扣", chinese);
        Assert.Contains("只蹲到不疼的深度", Prompts(1, Languages.Chinese)[0]);
    }

    [Fact]
    public void Every_prompt_names_the_working_leg()
    {
        var prompts = Prompts(1);

        Assert.Contains("Forward lunge, left leg in front", prompts[0]);
        Assert.Contains("Side plank, right side down, on your right forearm", prompts[3]);
        Assert.Contains("Single-leg bridge, left leg working, foot on the floor", prompts[4]);
        Assert.Contains("Step-down, right leg on the step", prompts[7]);
        Assert.Contains("弓步蹲，左腿在前", Prompts(1, Languages.Chinese)[0]);
        Assert.Contains("单腿下台阶，右腿站在台阶上", Prompts(1, Languages.Chinese)[7]);
    }

    [Fact]
    public void Chinese_uses_the_agreed_terms()
    {
        var all = string.Join("\n", Prompts(0, Languages.Chinese).Concat(Prompts(1, Languages.Chinese)))
            + Chinese.KneePainPlan + Chinese.BarrierLabel(WeekBarrier.TravelOrIll) + Chinese.BadDays + Chinese.BadTime + Chinese.SeverePainAdvice
            + string.Join("", Chinese.CommandMenu.Select(c => c.Value)) + Chinese.SetupDaysPrompt + Chinese.AllBeginnerLabel;

        foreach (var term in new[] { "弓步蹲", "侧平板支撑", "单腿臀桥", "单腿下台阶", "简化版", "外出", "删除你的全部数据", "无法识别这些日期", "无法识别这个时间", "康复治疗师或运动医学科医生" })
        {
            Assert.Contains(term, all);
        }

        foreach (var old in new[] { "台阶下放", "初级做法", "出差", "物理治疗师", "点击一组", "前弓步" })
        {
            Assert.DoesNotContain(old, all);
        }
    }
}
