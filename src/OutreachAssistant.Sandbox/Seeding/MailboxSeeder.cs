using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using OutreachAssistant.Sandbox.Model;
using OutreachAssistant.Sandbox.Storage;

namespace OutreachAssistant.Sandbox.Seeding;

/// <summary>Validates every seed file first, then creates the mailboxes and their messages.</summary>
internal static partial class MailboxSeeder
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static void Seed(StoreSession store, IReadOnlyList<(string Name, string Json)> files, DateTimeOffset now)
    {
        var ordinal = 0;
        foreach (var (name, json) in files)
        {
            var seed = Parse(name, json);
            var mailbox = Validate(seed, name, ordinal++, store);
            var zone = TimeZoneInfo.TryFindSystemTimeZoneById(seed.TimeZone ?? "UTC", out var found)
                ? found
                : throw new SandboxSeedException($"Seed '{name}': field 'timeZone' '{seed.TimeZone}' is not a known time zone.");
            var folders = WellKnownFolders.All
                .Select(f => new MailFolder(SandboxIds.FolderId(mailbox.Id, f.Name), f.Name, f.DisplayName, ""))
                .ToList();
            var scope = new SeedScope(name, mailbox, now, zone, folders);
            var settings = MailboxSettingsFactory.Build(seed, scope);
            var keys = new HashSet<string>(StringComparer.Ordinal);
            foreach (var message in seed.Messages)
            {
                if (string.IsNullOrWhiteSpace(message.Key) || !keys.Add(message.Key))
                {
                    throw scope.Error(message.Key, "key", "must be present and unique within the file.");
                }

                scope.Known.Add(SeedMessageBuilder.Build(message, scope, WellKnownFolders.Inbox));
            }

            store.Mailboxes.Insert(mailbox, settings);
            foreach (var message in scope.Known)
            {
                store.Messages.Save(mailbox.Id, message, message.ReceivedDateTime);
            }
        }
    }

    private static SeedMailbox Parse(string name, string json)
    {
        try
        {
            return JsonSerializer.Deserialize<SeedMailbox>(json, Options)
                ?? throw new SandboxSeedException($"Seed '{name}': the file is empty.");
        }
        catch (JsonException ex)
        {
            throw new SandboxSeedException($"Seed '{name}': field '{ex.Path}': {ex.Message}", ex);
        }
    }

    private static Mailbox Validate(SeedMailbox seed, string name, int ordinal, StoreSession store)
    {
        if (seed.Id is null || !MailboxId().IsMatch(seed.Id))
        {
            throw new SandboxSeedException($"Seed '{name}': field 'id' must be letters, digits, '.', '_' or '-', not '{seed.Id}'.");
        }

        if (AddressParser.TryParse(seed.Address) is not { } address || address.Address != seed.Address)
        {
            throw new SandboxSeedException($"Seed '{name}': field 'address' must be an email address, not '{seed.Address}'.");
        }

        if (store.Mailboxes.List().Any(m => m.Matches(seed.Id) || m.Matches(seed.Address)))
        {
            throw new SandboxSeedException($"Seed '{name}': field 'id' or 'address' repeats another seed file's mailbox.");
        }

        if (seed.Scopes is not null && seed.AccessToken is null)
        {
            throw new SandboxSeedException($"Seed '{name}': field 'scopes' needs an 'accessToken' to belong to.");
        }

        var account = seed.Account switch
        {
            null => AccountKind.Work,
            var text when Enum.TryParse<AccountKind>(text, ignoreCase: true, out var kind) && !int.TryParse(text, out _) => kind,
            var text => throw new SandboxSeedException($"Seed '{name}': field 'account' must be 'work' or 'personal', not '{text}'."),
        };
        return new Mailbox(
            seed.Id, seed.Address, seed.DisplayName ?? seed.Address, seed.AccessToken, ordinal, account,
            seed.Scopes?.ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    [GeneratedRegex("^[A-Za-z0-9._-]+$")]
    private static partial Regex MailboxId();
}
