using HipKnee.Core.Texts;

namespace HipKnee.Bot.WebApp;

/// <summary>The API's one error shape, <c>{"error": "..."}</c>, with a text the page shows as it is.</summary>
public static class AppError
{
    public static IResult Status(int status, string message) => Results.Json(new { error = message }, statusCode: status);

    /// <summary>Not signed in: said in both languages, since the language of unvalidated data is not trusted.</summary>
    public static IResult Unauthorized() => Status(StatusCodes.Status401Unauthorized,
        CoachTexts.For(Languages.English).AppOpenFromTelegram + " " + CoachTexts.For(Languages.Chinese).AppOpenFromTelegram);

    public static IResult UnknownUser(WebAppUser caller) => Results.Json(
        new { error = CoachTexts.For(Languages.FromTelegram(caller.LanguageCode)).AppUnknownUser, unknownUser = true },
        statusCode: StatusCodes.Status404NotFound);
}
