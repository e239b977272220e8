namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>
/// Builds one outreach thread to a new contact: her cold email in Sent Items and what followed, replies in the
/// Inbox, each linked to the message it answers. The thread's start is chosen after its gaps, so every message
/// of it lies in the past and an answered thread never loses its answer (which could make it due).
/// </summary>
internal sealed class OutreachThreads(SeedRandom random, ContactDirectory contacts, OutreachLetters letters)
{
    private const int OldestDay = 300;

    public IReadOnlyList<SeedMessage> Create(string key, OutreachOutcome outcome)
    {
        var contact = contacts.Next();
        var purpose = (OutreachPurpose)random.Between(0, 4);
        var (subject, body) = letters.ColdEmail(contact, purpose);
        return outcome switch
        {
            OutreachOutcome.Due => [Cold(key, contact, subject, body, random.TimeOn(random.Between(11, 20), 8, 21))],
            OutreachOutcome.NotYetDue => [Cold(key, contact, subject, body, random.TimeOn(random.Between(1, 8), 8, 21))],
            OutreachOutcome.Unanswered => [Cold(key, contact, subject, body, random.TimeOn(random.Between(35, OldestDay), 8, 21))],
            OutreachOutcome.Answered => Answered(key, contact, purpose, subject, body),
            OutreachOutcome.AutoReplied => AutoReplied(key, contact, purpose, subject, body),
            _ => OwnFollowUp(key, contact, purpose, subject, body),
        };
    }

    private List<SeedMessage> Answered(string key, Contact contact, OutreachPurpose purpose, string subject, string body)
    {
        var answerAfter = random.Between(0, 7);
        var thanksAfter = random.Chance(0.6) ? random.Between(0, 2) : (int?)null;
        var againAfter = thanksAfter is not null && random.Chance(0.3) ? random.Between(1, 4) : (int?)null;
        var span = answerAfter + (thanksAfter ?? 0) + (againAfter ?? 0);

        var cold = Cold(key, contact, subject, body, random.TimeOn(StartDay(span), 8, 21));
        var answer = Reply(key, 1, contact.Mailbox, Applicant.Mailbox, "inbox", cold, letters.Answer(contact, purpose), After(cold.At, answerAfter));
        var thread = new List<SeedMessage> { cold, answer };
        if (thanksAfter is { } thanks)
        {
            var thanked = Reply(key, 2, Applicant.Mailbox, contact.Mailbox, "sentitems", answer, letters.Thanks(contact), After(answer.At, thanks));
            thread.Add(thanked);
            if (againAfter is { } again)
            {
                var closing = $"You are very welcome, {Applicant.FirstName}. Good luck with your applications, and do keep me posted.\n\n{contact.FullName}";
                thread.Add(Reply(key, 3, contact.Mailbox, Applicant.Mailbox, "inbox", thanked, closing, After(thanked.At, again)));
            }
        }

        return thread;
    }

    private List<SeedMessage> AutoReplied(string key, Contact contact, OutreachPurpose purpose, string subject, string body)
    {
        // Recent: away until a day ahead, so the thread waits. Old: back long ago, and past TooLateAfter.
        var recent = random.Chance(0.15);
        var cold = Cold(key, contact, subject, body, random.TimeOn(recent ? random.Between(2, 9) : random.Between(35, OldestDay), 8, 21));
        var returnDate = SeedTime.DatePlaceholderIn(recent ? random.Between(4, 14) : -(cold.At.DaysAgo - random.Between(3, 12)));
        var automatic = new SeedMessage
        {
            Key = $"{key}-1",
            Folder = "inbox",
            From = contact.Mailbox,
            To = [Applicant.Mailbox],
            Subject = $"Automatic reply: {subject}",
            Body = letters.AutomaticReply(contact, returnDate),
            At = cold.At.Plus(0, random.Between(1, 3)),
            Conversation = key,
            InReplyTo = cold.Key,
            IsRead = true,
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-replied", ["X-Auto-Response-Suppress"] = "All" },
        };
        var thread = new List<SeedMessage> { cold, automatic };
        if (!recent && random.Chance(0.4))
        {
            thread.Add(Reply(key, 2, contact.Mailbox, Applicant.Mailbox, "inbox", cold, letters.Answer(contact, purpose), After(cold.At, random.Between(8, 20))));
        }

        return thread;
    }

    private List<SeedMessage> OwnFollowUp(string key, Contact contact, OutreachPurpose purpose, string subject, string body)
    {
        var followUpAfter = random.Between(9, 16);
        var answerAfter = random.Chance(0.35) ? random.Between(1, 5) : (int?)null;
        var cold = Cold(key, contact, subject, body, random.TimeOn(StartDay(followUpAfter + (answerAfter ?? 0)), 8, 21));
        var followUp = Reply(key, 1, Applicant.Mailbox, contact.Mailbox, "sentitems", cold, letters.OwnFollowUp(contact, purpose), After(cold.At, followUpAfter));
        var thread = new List<SeedMessage> { cold, followUp };
        if (answerAfter is { } after)
        {
            thread.Add(Reply(key, 2, contact.Mailbox, Applicant.Mailbox, "inbox", followUp, letters.Answer(contact, purpose), After(followUp.At, after)));
        }

        return thread;
    }

    // A day far enough back that a thread spanning `span` days (and a reply rolling past midnight) ends before today.
    private int StartDay(int span) => random.Between(span + 2, OldestDay);

    private SeedTime After(SeedTime earlier, int days) =>
        days == 0 ? earlier.Plus(0, random.Between(20, 240)) : random.TimeOn(earlier.DaysAgo - days, 7, 20);

    private static SeedMessage Cold(string key, Contact contact, string subject, string body, SeedTime at) => new()
    {
        Key = $"{key}-0",
        Folder = "sentitems",
        From = Applicant.Mailbox,
        To = [contact.Mailbox],
        Subject = subject,
        Body = body,
        At = at,
        Conversation = key,
    };

    // A reply quoting the whole message it answers, Outlook's way (both sides use Outlook or Exchange here).
    private SeedMessage Reply(string key, int index, string from, string to, string folder, SeedMessage answered, string text, SeedTime at) => new()
    {
        Key = $"{key}-{index}",
        Folder = folder,
        From = from,
        To = [to],
        Subject = answered.Subject.StartsWith("RE: ", StringComparison.Ordinal) ? answered.Subject : $"RE: {answered.Subject}",
        Body = text + QuotedHistory.Outlook(answered.From, answered.To[0], answered.Subject, answered.At, answered.Body),
        At = at,
        Conversation = key,
        InReplyTo = answered.Key,
        IsRead = folder == "sentitems" ? null : at.DaysAgo > 3 || random.Chance(0.5),
    };
}
