using Microsoft.Extensions.Options;

namespace OutreachAssistant.Worker.Configuration;

public sealed class MailboxesOptionsValidator : IValidateOptions<MailboxesOptions>
{
    public ValidateOptionsResult Validate(string? name, MailboxesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Items.Count == 0)
        {
            return ValidateOptionsResult.Fail("Mailboxes must list at least one mailbox.");
        }

        for (var i = 0; i < options.Items.Count; i++)
        {
            var mailbox = options.Items[i];
            if (string.IsNullOrWhiteSpace(mailbox.Id) || mailbox.Id.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not '-' and not '_'))
            {
                return ValidateOptionsResult.Fail($"{MailboxesOptions.SectionName}:{i}:Id must be letters, digits, '-' or '_' (was \"{mailbox.Id}\").");
            }

            if (string.IsNullOrWhiteSpace(mailbox.User))
            {
                return ValidateOptionsResult.Fail($"{MailboxesOptions.SectionName}:{i}:User must be \"me\" or a user id or address.");
            }

            if (options.Items.Take(i).Any(m => string.Equals(m.Id, mailbox.Id, StringComparison.OrdinalIgnoreCase)))
            {
                return ValidateOptionsResult.Fail($"{MailboxesOptions.SectionName}:{i}:Id \"{mailbox.Id}\" is used twice.");
            }
        }

        return ValidateOptionsResult.Success;
    }
}
