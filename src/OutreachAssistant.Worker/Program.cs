using System.CommandLine;
using OutreachAssistant.Worker.Commands;
using OutreachAssistant.Worker.Lint;
using OutreachAssistant.Worker.Steering;

var once = new Option<bool>("--once") { Description = "Sync once, make every follow-up draft that is due, then exit." };
var dryRun = new Option<bool>("--dry-run")
{
    Description = "With --once (which it implies): sync and plan, print the drafts it would make and why, and write nothing to the mailbox or the state.",
};
var json = new Option<bool>("--json") { Description = "Print JSON instead of text." };

// --dry-run alone is a dry run too: never the service, which would write.
Task<int> Run(ParseResult result, CancellationToken token) =>
    result.GetValue(once) || result.GetValue(dryRun) ? CliCommands.RunOnceAsync(result.GetValue(dryRun), token) : CliCommands.RunServiceAsync(token);

var run = new Command("run", "Run the service (the default): watch the mailboxes and make follow-up drafts when due.") { once, dryRun };
run.SetAction(Run);

var states = new Option<string[]>("--state")
{
    Description = "List only threads in these states (waiting, due, drafted, answered...); give it again or separate with commas for more.",
    AllowMultipleArgumentsPerToken = true,
};
var mailboxes = new Option<string[]>("--mailbox")
{
    Description = "List only threads of these mailboxes (their Id in Mailboxes).",
    AllowMultipleArgumentsPerToken = true,
};
static string[] Split(string[]? values) =>
    [.. (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))];
var status = new Command("status", "List the tracked outreach threads, the soonest next action first: contact, subject, kind, state, next action and why.") { json, states, mailboxes };
status.SetAction((result, token) => CliCommands.StatusAsync(result.GetValue(json), new StatusFilter(Split(result.GetValue(states)), Split(result.GetValue(mailboxes))), token));

var threadOrAddress = new Argument<string>("THREAD|ADDRESS") { Description = "A thread id (as status shows it) or a contact's address." };
var show = new Command("show", "Show one thread: its timeline (sent, received, automatic replies, drafts), its findings, and why its next action is what it is.") { threadOrAddress, json };
show.SetAction((result, token) => ShowCommand.RunAsync(result.GetValue(threadOrAddress)!, result.GetValue(json), token));

var csv = new Option<bool>("--csv") { Description = "Print CSV for a spreadsheet (UTF-8 with a byte order mark, as Excel wants it)." };
var contacts = new Command("contacts", "List every outreach contact as the guides' tracker has them: name, role, institution, how you met, what you discussed, last contact, next action.") { csv, json };
contacts.SetAction((result, token) => ContactsCommand.RunAsync(result.GetValue(csv), result.GetValue(json), token));

var drafts = new Command("drafts", "List every unsent draft the service made: mailbox, contact, subject, folder, when made, its state and its own text.") { json };
drafts.SetAction((result, token) => DraftsCommand.RunAsync(result.GetValue(json), token));

var login = new Command("login", "Sign in to your mailbox once (device code); the service then runs unattended.");
login.SetAction((_, token) => SignInCommands.LoginAsync(token));

var logout = new Command("logout", "Sign out: remove the saved sign-in record and the token cache.");
logout.SetAction((_, token) => SignInCommands.LogoutAsync(token));

var doctor = new Command("doctor", "Check the settings, the data folder, the sign-in and Graph for each mailbox, and say how to fix what is wrong.");
doctor.SetAction((_, token) => DoctorCommand.RunAsync(token));

var probeMailbox = new Option<string?>("--mailbox") { Description = "The mailbox id to probe (default: the first in Mailboxes)." };
var probe = new Command("probe", "Before trusting the service with a mailbox: make the very reply draft it would make, check it, remove it.") { probeMailbox };
probe.SetAction((result, token) => ProbeCommand.RunAsync(result.GetValue(probeMailbox), token));

var target = new Argument<string>("ADDRESS|THREAD") { Description = "A thread id, or the address of a contact with one thread (as outreach status shows them)." };
var until = new Option<string>("--until") { Description = "The day (2026-12-08, on the mailbox's clock) before which the thread gets no suggestion.", Required = true };
var stop = new Command("stop", "Stop a thread for good: no more follow-ups, updates or marks (an unsent draft is marked at the next sync).") { target };
stop.SetAction((result, token) => SteerCommands.RunAsync(SteerAction.Stop, result.GetValue(target)!, null, token));
var resume = new Command("resume", "Give a stopped or snoozed thread back to the rules.") { target };
resume.SetAction((result, token) => SteerCommands.RunAsync(SteerAction.Resume, result.GetValue(target)!, null, token));
var snooze = new Command("snooze", "Put a thread off: nothing is suggested before the day named.") { target, until };
snooze.SetAction((result, token) => SteerCommands.RunAsync(SteerAction.Snooze, result.GetValue(target)!, result.GetValue(until), token));

var root = new RootCommand("OutreachAssistant: gentle follow-up drafts for professional outreach email.") { run, status, show, drafts, contacts, stop, resume, snooze, login, logout, doctor, probe, once, dryRun };
root.SetAction(Run);
root.Add(LintCommand.Create(Console.In));
root.Add(SandboxCommand.Create());

// Ctrl-C and SIGTERM cancel the action's token; the commands stop within seconds and choose their exit code.
// The wait is long enough for that, so the command line does not cut them short with its own code (143).
var invocation = new InvocationConfiguration { ProcessTerminationTimeout = TimeSpan.FromSeconds(20) };
return await root.Parse(args).InvokeAsync(invocation);
