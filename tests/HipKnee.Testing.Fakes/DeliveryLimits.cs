namespace HipKnee.Testing.Fakes;

/// <summary>Telegram's sending limits, as a test or benchmark checks them against what the fake received.</summary>
public sealed record DeliveryLimits(int PerSecond, int PerChatPerSecond = 1, int ChatBurst = 3, int PerGroupPerMinute = 20);
