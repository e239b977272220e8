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
    /// <summary>
    /// Binds and validates the settings sections of the core and of this program; a bad value stops start-up naming its
    /// key. The storage and Graph sections are their projects' own (<see cref="AddOutreachServices"/>).
    /// </summary>
    public static IServiceCollection AddOutreachOptions(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EmbeddedSandboxOptions>().BindConfiguration(EmbeddedSandboxOptions.SectionName);
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
        // The settings files may hold no secret of any section; checked with Auth's, after Auth's own validator.
        services.AddSingleton<IValidateOptions<AuthOptions>, SecretsPlacementValidator>();
        services.AddSingleton<IValidateOptions<SyncOptions>, SyncOptionsValidator>();
        services.AddSingleton<IValidateOptions<FollowUpOptions>, FollowUpOptionsValidator>();
        services.AddSingleton<IValidateOptions<MailboxesOptions>, MailboxesOptionsValidator>();
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HealthOptions>, HealthOptionsValidator>();
        services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelemetryOptions>, TelemetryOptionsValidator>();
        return services;
    }

    /// <summary>
    /// The store (in <paramref name="state"/>, or on PostgreSQL) and Graph, each registered by its own project with its
    /// settings, then the core's pure services, the mailboxes and the application services.
    /// </summary>
    public static IServiceCollection AddOutreachServices(this IServiceCollection services, OutreachLocations locations, StateFolder state, StorageDatabase database)
    {
        ArgumentNullException.ThrowIfNull(locations);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(database);

        // The folder is made by DataFolderCheck at start, where a failure can be reported in one line.
        services.AddOutreachStorage(database, Path.Combine(state.Folder, OutreachPaths.StateFile));
        services.AddOutreachGraph(sp => sp.GetRequiredService<OutreachPaths>().AuthenticationRecord);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(locations);

        // Made by a factory, so the container disposes it with the host: a dry run's scratch folder goes then.
        services.AddSingleton(_ => state);
        services.AddSingleton<OutreachPaths>();
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
        services.AddSingleton<MailboxConnections>();
        services.AddSingleton<MailboxGuard>();
        services.AddSingleton<IFollowUpScheduler, QuartzFollowUpScheduler>();
        services.AddSingleton<ThreadHistoryLoader>();
        services.AddSingleton<TrackingPassWriter>();
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
        services.AddSingleton<DueThreads>();
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

    /// <summary>
    /// Quartz with its persistent store beside the state: a SQLite file in the data folder, or, on PostgreSQL, the same
    /// database with Quartz's clustering, so every node's scheduler shares the triggers and the cluster decides which
    /// node fires each. The jobs are stored durably, triggers come and go.
    /// </summary>
    public static IServiceCollection AddOutreachScheduling(this IServiceCollection services, IConfiguration configuration, StateFolder state, StorageDatabase database)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(database);
        var schedule = Path.Combine(state.Folder, OutreachPaths.ScheduleFile);
        services.AddQuartz(q =>
        {
            q.UsePersistentStore(store =>
            {
                if (database.IsPostgreSql)
                {
                    store.UsePostgres(database.PooledConnectionString);

                    // A node that stops checking in has its triggers, and the jobs it was running, taken over by
                    // the others within the check-in interval and threshold (Quartz's defaults).
                    store.UseClustering();

                    // Acquiring under the cluster's lock makes a mailbox's limit of one job exact across nodes.
                    store.ConfigureStore(s => s.AcquireTriggersWithinLock = true);
                }
                else
                {
                    store.UseSqlite($"Data Source={schedule};Pooling=False");
                }

                // Quartz makes what its tables lack from the script its package carries for this engine, and only ever
                // creates; nodes starting together find what the first made. On PostgreSQL the same script, with
                // Quartz's table prefix filled in, is deploy/postgresql/quartz-tables.sql, for a database the service's
                // user may not create tables in.
                store.ProvisionSchema();
            });
            // As many jobs at once as mailboxes may be worked on at once: each mailbox runs one job at a time.
            // The value is checked at start (SyncOptionsValidator); the clamp only keeps Quartz's own build sane.
            q.UseDefaultThreadPool(Math.Clamp(configuration.GetValue($"{SyncOptions.SectionName}:{nameof(SyncOptions.MaxParallelMailboxes)}", new SyncOptions().MaxParallelMailboxes), 1, 64));
            // A stopping service cancels the running jobs' tokens, then waits for them: SIGTERM ends it within seconds.
            q.ConfigureScheduler(s => s.ShutdownJobInterruption = ShutdownJobInterruption.WhenWaitingForJobs);
            // One job of a mailbox at a time on this node, or, clustered, across every node.
            q.UseExecutionLimits(limits => limits.ForGroupsWithPrefix(
                MailboxExecutionGroup.Prefix, MailboxExecutionGroup.Limit, database.IsPostgreSql ? ExecutionLimitScope.Cluster : ExecutionLimitScope.Node));

            // Clustered, a job a dead node was running is run again by another (both jobs may run twice: the store
            // makes a second run change nothing).
            q.AddJob<FollowUpJob>(j => j.WithIdentity(QuartzFollowUpScheduler.JobKey).StoreDurably().RequestRecovery(database.IsPostgreSql));
            q.AddJob<SyncMailboxJob>(j => j.WithIdentity(SyncMailboxJob.JobKey).StoreDurably().RequestRecovery(database.IsPostgreSql));
        });
        return services;
    }
}
