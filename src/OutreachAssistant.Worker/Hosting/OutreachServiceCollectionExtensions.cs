using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OutreachAssistant.Core.Detection;
using OutreachAssistant.Core.Digest;
using OutreachAssistant.Core.Drafting;
using OutreachAssistant.Core.Etiquette;
using OutreachAssistant.Core.Etiquette.Rules;
using OutreachAssistant.Core.FollowUps;
using OutreachAssistant.Graph;
using OutreachAssistant.Graph.Resilience;
using OutreachAssistant.Graph.SignIn;
using OutreachAssistant.Storage;
using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Configuration;
using OutreachAssistant.Worker.Contacts;
using OutreachAssistant.Worker.Digest;
using OutreachAssistant.Worker.Doctor;
using OutreachAssistant.Worker.Drafts;
using OutreachAssistant.Worker.DryRun;
using OutreachAssistant.Worker.Findings;
using OutreachAssistant.Worker.FollowUps;
using OutreachAssistant.Worker.Locking;
using OutreachAssistant.Worker.Mailboxes;
using OutreachAssistant.Worker.Probe;
using OutreachAssistant.Worker.Scheduling;
using OutreachAssistant.Worker.Show;
using OutreachAssistant.Worker.SignIn;
using OutreachAssistant.Worker.Steering;
using OutreachAssistant.Worker.StorageFaults;
using OutreachAssistant.Worker.Sync;
using OutreachAssistant.Worker.Tracking;
using Quartz;

namespace OutreachAssistant.Worker.Hosting;

public static class OutreachServiceCollectionExtensions
{
    /// <summary>Binds and validates every settings section; a bad value stops start-up naming its key.</summary>
    public static IServiceCollection AddOutreachOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.SectionName).ValidateOnStart();
        services.AddOptions<GraphResilienceOptions>().BindConfiguration(GraphResilienceOptions.SectionName).ValidateOnStart();
        services.AddOptions<EmbeddedSandboxOptions>().BindConfiguration(EmbeddedSandboxOptions.SectionName);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.AddOptions<SyncOptions>().BindConfiguration(SyncOptions.SectionName).ValidateOnStart();
        services.AddOptions<FollowUpOptions>().BindConfiguration(FollowUpOptions.SectionName).ValidateOnStart();
        services.AddOptions<DraftingOptions>().BindConfiguration(DraftingOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DraftingOptions>, DraftingOptionsValidator>();
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DigestOptions>, DigestOptionsValidator>();
        services.AddOptions<OutreachDetectionOptions>().BindConfiguration(OutreachDetectionOptions.SectionName);
        services.AddOptions<EtiquetteOptions>().BindConfiguration(EtiquetteOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EtiquetteOptions>, EtiquetteOptionsStartupValidator>();
        services.AddOptions<FindingsOptions>().BindConfiguration(FindingsOptions.SectionName);
        services.AddOptions<MailboxesOptions>()
            .Configure(o => configuration.GetSection(MailboxesOptions.SectionName).Bind(o.Items))
            .ValidateOnStart();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AuthOptions>, AuthOptionsValidator>();
        services.AddSingleton<IValidateOptions<AuthOptions>, SecretsPlacementValidator>();
        services.AddSingleton<IValidateOptions<GraphOptions>, GraphOptionsValidator>();
        services.AddSingleton<IValidateOptions<GraphResilienceOptions>, GraphResilienceOptionsValidator>();
        services.AddSingleton<IValidateOptions<SyncOptions>, SyncOptionsValidator>();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.AddSingleton<IValidateOptions<FollowUpOptions>, FollowUpOptionsValidator>();
        services.AddSingleton<IValidateOptions<MailboxesOptions>, MailboxesOptionsValidator>();
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HealthOptions>, HealthOptionsValidator>();
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        return services;
    }

    /// <summary>The core's pure services, the store (in <paramref name="state"/>), the mailboxes and the application services.</summary>
    public static IServiceCollection AddOutreachServices(this IServiceCollection services, OutreachLocations locations, StateFolder state)
    {
        ArgumentNullException.ThrowIfNull(locations);
        ArgumentNullException.ThrowIfNull(state);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(locations);

        // Made by a factory, so the container disposes it with the host: a dry run's scratch folder goes then.
        services.AddSingleton(_ => state);
        services.AddSingleton<OutreachPaths>();
        // The folder is made by DataFolderCheck at start, where a failure can be reported in one line.
        services.AddOutreachSqliteStorage(Path.Combine(state.Folder, OutreachPaths.StateFile));
        services.AddSingleton<DataFolderCheck>();
        // Held from the first run until the host stops, so hosts that tests build one after another each get it.
        services.AddSingleton<DataFolderLock>();
        // The planner learns the mass-mail limit from the etiquette rule that defines it, so one setting governs both.
        services.AddSingleton(sp => new FollowUpPlanner(
            sp.GetRequiredService<IOptions<FollowUpOptions>>().Value,
            MassMailRule.FollowUpLimit(sp.GetRequiredService<IOptions<EtiquetteOptions>>().Value)));
        services.AddSingleton(sp =>
        {
            // The categories the user steers with: the stop one, and the ones that keep mail out of outreach, after tracking too.
            var followUps = sp.GetRequiredService<IOptions<FollowUpOptions>>().Value;
            var exclude = sp.GetRequiredService<IOptions<OutreachDetectionOptions>>().Value.ExcludeCategories;
            var categories = new SteerCategories(followUps.StopCategory, [.. exclude], followUps.YourTurnCategory);
            return new ThreadPlanner(sp.GetRequiredService<FollowUpPlanner>(), followUps.MaxPerDay, categories, followUps.YourTurnAfter);
        });
        services.AddSingleton(sp =>
        {
            var drafting = sp.GetRequiredService<IOptions<DraftingOptions>>().Value;
            var folder = DraftTemplateFolder.Resolve(drafting.TemplateDirectory, sp.GetRequiredService<IHostEnvironment>().ContentRootPath);
            return new FollowUpDraftComposer(drafting, DraftTemplateFolder.Load(folder));
        });
        services.TryAddSingleton(new GraphTransport());
        services.AddSingleton<MailboxConnections>();
        services.AddSingleton<MailboxGuard>();
        services.TryAddSingleton<ITokenCacheEncryption, SystemTokenCacheEncryption>();
        services.AddSingleton(sp => new AuthenticationRecordStore(sp.GetRequiredService<OutreachPaths>().AuthenticationRecord));
        services.TryAddSingleton<ICredentialSource>(sp => new AzureCredentialSource(
            sp.GetRequiredService<IOptions<AuthOptions>>().Value, sp.GetRequiredService<AuthenticationRecordStore>()));
        services.AddSingleton<IFollowUpScheduler, QuartzFollowUpScheduler>();
        services.AddSingleton<ThreadHistoryLoader>();
        services.AddSingleton<ContactSignatures>();
        services.AddSingleton<ThreadPlanning>();
        services.AddSingleton(sp => new EtiquetteChecker(sp.GetRequiredService<IOptions<EtiquetteOptions>>().Value));
        services.AddSingleton<SentMessageReview>();
        services.AddSingleton<UndeliverableContactFinding>();
        services.AddSingleton<StaleDrafts>();
        services.AddSingleton<YourTurnMarks>();
        services.AddSingleton<ThreadSteering>();
        services.AddSingleton<OutreachTracker>();
        services.AddSingleton<MailboxSynchronizer>();
        services.AddSingleton<SyncProgress>();
        services.AddSingleton<HostInstance>();
        services.AddSingleton<DraftWriter>();
        services.AddSingleton<LeftDraftClaims>();
        services.AddSingleton<WeeklyDigestWriter>();
        services.AddSingleton<PlannedDrafts>();
        services.AddSingleton<FollowUpRunner>();
        services.AddSingleton<OnceRunner>();
        services.AddSingleton<StatusReport>();
        services.AddSingleton<DraftsReport>();
        services.AddSingleton<ShowReport>();
        services.AddSingleton<ContactsReport>();
        services.AddSingleton<SignInService>();
        services.AddSingleton<DoctorService>();
        services.AddSingleton<ProbeService>();
        return services;
    }

    /// <summary>Quartz with its persistent SQLite store beside the state; the jobs are stored durably, triggers come and go.</summary>
    public static IServiceCollection AddOutreachScheduling(this IServiceCollection services, IConfiguration configuration, StateFolder state)
    {
        ArgumentNullException.ThrowIfNull(state);
        var schedule = Path.Combine(state.Folder, OutreachPaths.ScheduleFile);
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                store.UseSqlite($"Data Source={schedule};Pooling=False");
                store.ProvisionSchema();
            });
            // As many jobs at once as mailboxes may be worked on at once: each mailbox runs one job at a time.
            // The value is checked at start (SyncOptionsValidator); the clamp only keeps Quartz's own build sane.
            q.UseDefaultThreadPool(Math.Clamp(configuration.GetValue("Sync:MaxParallelMailboxes", new SyncOptions().MaxParallelMailboxes), 1, 64));
            // A stopping service cancels the running jobs' tokens, then waits for them: SIGTERM ends it within seconds.
            q.ConfigureScheduler(s => s.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs);
            q.UseExecutionLimits(limits => limits.ForGroupsWithPrefix(MailboxExecutionGroup.Prefix, MailboxExecutionGroup.Limit, ExecutionLimitScope.Node));
            q.AddJob<FollowUpJob>(j => j.WithIdentity(QuartzFollowUpScheduler.JobKey).StoreDurably());
            q.AddJob<SyncMailboxJob>(j => j.WithIdentity(SyncMailboxJob.JobKey).StoreDurably());
        });
        return services;
    }
}
