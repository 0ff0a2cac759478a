using Telegram.Bot.Types;

namespace HipKnee.Bot.Telegram;

public static class UpdateChat
{
    /// <summary>The chat an update belongs to, for per-chat ordering; 0 for updates without one (inline queries, polls).</summary>
    public static long Of(Update update) =>
        update.Message?.Chat?.Id
        ?? update.EditedMessage?.Chat?.Id
        ?? update.CallbackQuery?.Message?.Chat?.Id
        ?? update.CallbackQuery?.From?.Id
        ?? update.MyChatMember?.Chat?.Id
        ?? update.ChatMember?.Chat?.Id
        ?? update.ChannelPost?.Chat?.Id
        ?? update.EditedChannelPost?.Chat?.Id
        ?? update.ChatJoinRequest?.Chat?.Id
        ?? 0;
}
