namespace OutreachAssistant.Benchmarks.FirstSync;

/// <summary>
/// An applicant's mailbox of exactly N messages over the last 300 days: mostly newsletters, notifications and
/// personal mail, and about one thread in twenty an outreach thread. Due follow-ups are fixed at one per 200
/// messages, so a first sync of the mailbox measures reading mail rather than drafting. Messages are written
/// oldest first, so every reply comes after the message it answers.
/// </summary>
internal static class ApplicantMailboxGenerator
{
    private const int OldestDay = 300;

    // Every thread is at most this long, so when less room is left only single messages are added and no thread is cut.
    private const int LongestThread = 4;

    private static readonly (OutreachOutcome Outcome, double Weight)[] Outcomes =
    [
        (OutreachOutcome.Unanswered, 0.40), (OutreachOutcome.Answered, 0.30),
        (OutreachOutcome.OwnFollowUp, 0.18), (OutreachOutcome.AutoReplied, 0.12),
    ];

    public static GeneratedMailbox Generate(int messages, int seed)
    {
        var random = new SeedRandom(seed);
        var outreach = new OutreachThreads(random, new ContactDirectory(random.Random), new OutreachLetters(random));
        var newsletters = new Newsletters(random);
        var notifications = new Notifications(random);
        var personal = new PersonalThreads(random);
        var all = new List<SeedMessage>(messages);
        var threads = Enum.GetValues<OutreachOutcome>().ToDictionary(o => o, _ => 0);
        var next = 0;

        void AddOutreach(OutreachOutcome outcome)
        {
            all.AddRange(outreach.Create($"t{next++}", outcome));
            threads[outcome]++;
        }

        for (var i = 0; i < Math.Max(1, messages / 200); i++)
        {
            AddOutreach(OutreachOutcome.Due);
        }

        for (var i = 0; i < Math.Max(1, messages / 1000); i++)
        {
            AddOutreach(OutreachOutcome.NotYetDue);
        }

        while (all.Count < messages)
        {
            var roll = random.Random.NextDouble();
            var day = random.Between(1, OldestDay);
            if (messages - all.Count < LongestThread)
            {
                all.Add(roll < 0.5 ? newsletters.Create($"n{next++}", day) : notifications.Create($"a{next++}", day));
            }
            else if (roll < 0.05)
            {
                AddOutreach(PickOutcome(random));
            }
            else if (roll < 0.50)
            {
                all.Add(newsletters.Create($"n{next++}", day));
            }
            else if (roll < 0.85)
            {
                all.Add(notifications.Create($"a{next++}", day));
            }
            else
            {
                all.AddRange(personal.Create($"p{next++}", day));
            }
        }

        var mailbox = new SeedMailbox
        {
            Id = Applicant.MailboxId,
            Address = Applicant.Address,
            DisplayName = Applicant.Name,
            Messages = [.. all.OrderBy(m => m.At)],
        };
        return new GeneratedMailbox(mailbox, threads);
    }

    private static OutreachOutcome PickOutcome(SeedRandom random)
    {
        var roll = random.Random.NextDouble();
        foreach (var (outcome, weight) in Outcomes)
        {
            if ((roll -= weight) < 0)
            {
                return outcome;
            }
        }

        return Outcomes[^1].Outcome;
    }
}
