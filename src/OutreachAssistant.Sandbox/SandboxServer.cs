using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using OutreachAssistant.Sandbox.Seeding;
using OutreachAssistant.Sandbox.Storage;

namespace OutreachAssistant.Sandbox;

/// <summary>
/// A Microsoft Graph v1.0-compatible mail server on in-process Kestrel, backed by one SQLite file.
/// Point a GraphServiceClient at <see cref="BaseUrl"/> with bearer <see cref="AccessToken"/>.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly SandboxApp handler;

    private SandboxServer(WebApplication app, SandboxApp handler, Uri root, string accessToken, IReadOnlyList<SandboxMailboxAccess> mailboxes)
    {
        this.app = app;
        this.handler = handler;
        BaseUrl = new Uri(root, "v1.0");
        AdminUrl = new Uri(root, "admin");
        AccessToken = accessToken;
        Mailboxes = mailboxes;
    }

    /// <summary>e.g. http://127.0.0.1:41234/v1.0, the baseUrl for GraphServiceClient.</summary>
    public Uri BaseUrl { get; }

    /// <summary>e.g. http://127.0.0.1:41234/admin.</summary>
    public Uri AdminUrl { get; }

    public string AccessToken { get; }

    /// <summary>The mailboxes served, in seed order, with the tokens that reach each one as <c>/me</c>.</summary>
    public IReadOnlyList<SandboxMailboxAccess> Mailboxes { get; }

    /// <summary>Opens (or creates and seeds) the database and starts listening.</summary>
    /// <exception cref="SandboxSeedException">A seed file is invalid.</exception>
    public static async Task<SandboxServer> StartAsync(SandboxOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var database = new SandboxDatabase(options.DatabasePath);
        database.EnsureCreated();
        using (var store = database.Open())
        {
            if (store.Mailboxes.List().Count == 0)
            {
                MailboxSeeder.Seed(store, SeedFiles.Load(options.SeedDirectory), options.TimeProvider.GetUtcNow());
                store.Commit();
            }
        }

        IReadOnlyList<SandboxMailboxAccess> mailboxes;
        using (var store = database.Open())
        {
            var listed = store.Mailboxes.List();
            mailboxes = [.. listed.Select(m => new SandboxMailboxAccess(m.Id, m.Address, m.Ordinal == listed[0].Ordinal, m.AccessToken))];
        }

        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls(options.Url);
        var app = builder.Build();
        var handler = new SandboxApp(database, options.TimeProvider, options.AccessToken, new SandboxBehaviourSwitch(options.Behaviour), app.Lifetime.ApplicationStopping);
        app.Run(handler.HandleAsync);
        await app.StartAsync(cancellationToken);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new SandboxServer(app, handler, new Uri(address.TrimEnd('/') + "/"), options.AccessToken, mailboxes);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        handler.Dispose();
    }
}
