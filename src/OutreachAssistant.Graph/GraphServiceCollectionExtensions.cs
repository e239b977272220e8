using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OutreachAssistant.Graph.Resilience;
using OutreachAssistant.Graph.SignIn;

namespace OutreachAssistant.Graph;

public static class GraphServiceCollectionExtensions
{
    /// <summary>
    /// Binds and checks the <c>Graph</c>, <c>Graph:Resilience</c> and <c>Auth</c> settings (a bad value stops start-up naming
    /// its key), and registers what reaching Graph takes: the transport, the token cache's protection, the record of
    /// who signed in and the credential. A service registered before (a test's fake) is kept.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="authenticationRecordFile">Where the record of who signed in is kept (beside the data).</param>
    public static IServiceCollection AddOutreachGraph(this IServiceCollection services, Func<IServiceProvider, string> authenticationRecordFile)
    {
        ArgumentNullException.ThrowIfNull(authenticationRecordFile);
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>();
        services.AddOptions<GraphResilienceOptions>().BindConfiguration(GraphResilienceOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GraphResilienceOptions>, GraphResilienceOptionsValidator>();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.TryAddSingleton(new GraphTransport());
        services.TryAddSingleton<ITokenCacheEncryption, SystemTokenCacheEncryption>();
        services.AddSingleton(sp => new AuthenticationRecordStore(authenticationRecordFile(sp)));
        services.TryAddSingleton<ICredentialSource>(sp => new AzureCredentialSource(
            sp.GetRequiredService<IOptions<AuthOptions>>().Value, sp.GetRequiredService<AuthenticationRecordStore>()));
        return services;
    }
}
