using Microsoft.Extensions.DependencyInjection;

namespace HipKnee.Bot.Tests.Support;

internal static class ServiceCollectionRemoval
{
    public static void RemoveAll<TService>(this IServiceCollection services, Func<ServiceDescriptor, bool> predicate)
    {
        foreach (var descriptor in services.Where(d => d.ServiceType == typeof(TService) && predicate(d)).ToList())
        {
            services.Remove(descriptor);
        }
    }
}
