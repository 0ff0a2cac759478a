using HipKnee.Core.Conversation;
using HipKnee.Core.Tests.Support;
using HipKnee.Core.Texts;

namespace HipKnee.Core.Tests.Conversation;

/// <summary>Blocking, unblocking and group chats are decided by the Core, not picked by the host.</summary>
public sealed class MembershipTests
{
    [Fact]
    public void Blocking_makes_the_user_inactive_and_says_nothing()
    {
        var chat = TestChat.OnMonday();

        var blocked = chat.Handle(new BlockedInput());

        Assert.False(blocked.Next.Active);
        Assert.Empty(blocked.Replies);
    }

    [Fact]
    public void Unblocking_after_a_block_greets_the_user_back_once()
    {
        var chat = TestChat.OnMonday();
        chat.Handle(new BlockedInput());

        var back = chat.Handle(new UnblockedInput());
        var again = chat.Handle(new UnblockedInput());

        Assert.True(back.Next.Active);
        Assert.Equal([new TextReply(CoachTexts.For("en").WelcomeBack)], back.Replies);
        Assert.Empty(again.Replies);
    }

    [Fact]
    public void The_welcome_back_is_in_the_users_language()
    {
        var chat = TestChat.OnMonday();
        chat.Send("/language zh");
        chat.Handle(new BlockedInput());

        Assert.Equal(CoachTexts.For("zh").WelcomeBack, chat.Handle(new UnblockedInput()).AllText());
    }

    [Fact]
    public void A_user_who_writes_is_active_again_without_a_welcome()
    {
        var chat = TestChat.OnMonday();
        chat.Handle(new BlockedInput());

        var answer = chat.Send("/help");

        Assert.True(answer.Next.Active);
        Assert.DoesNotContain(CoachTexts.For("en").WelcomeBack, answer.AllText());
        Assert.Empty(chat.Handle(new UnblockedInput()).Replies);
    }

    [Fact]
    public void A_block_keeps_the_running_session_and_the_schedule()
    {
        var chat = TestChat.AtStep(3);
        var before = chat.State;

        var blocked = chat.Handle(new BlockedInput());

        Assert.Equal(before with { Active = false }, blocked.Next);
    }

    [Fact]
    public void A_group_is_pointed_to_a_private_chat_once_then_left_in_peace()
    {
        Assert.Equal([new TextReply(CoachTexts.For("en").PrivateChatOnly)], GroupChats.Answer(pointedBefore: false, null));
        Assert.Equal([new TextReply(CoachTexts.For("zh").PrivateChatOnly)], GroupChats.Answer(pointedBefore: false, "zh"));
        Assert.Empty(GroupChats.Answer(pointedBefore: true, "en"));
    }
}
