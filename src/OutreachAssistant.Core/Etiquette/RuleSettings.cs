namespace OutreachAssistant.Core.Etiquette;

/// <summary>
/// One rule's settings, bound from <c>Etiquette:Rules:{id}</c>. Each rule reads only the thresholds it
/// names in its defaults; a value left out falls back to that default.
/// </summary>
public sealed class RuleSettings
{
    /// <summary>Whether the rule runs. <value>Default: true.</value></summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The severity of the rule's findings. <value>Default: the rule's own (see the catalogue).</value></summary>
    public Severity? Severity { get; set; }

    /// <summary>A count above which the rule reports at its severity. <value>Default: the rule's own, if it counts.</value></summary>
    public int? WarningOver { get; set; }

    /// <summary>A lower count above which the rule reports as info. <value>Default: the rule's own, if it counts.</value></summary>
    public int? InfoOver { get; set; }

    /// <summary>The fewest words a clear subject has. <value>Default: 3 for <c>subject.unclear</c>.</value></summary>
    public int? MinimumWords { get; set; }

    /// <summary>When the night begins, local time. <value>Default: 22:00 for <c>timing.late-night</c>.</value></summary>
    public TimeSpan? NightStarts { get; set; }

    /// <summary>When the night ends, local time. <value>Default: 06:00 for <c>timing.late-night</c>.</value></summary>
    public TimeSpan? NightEnds { get; set; }

    /// <summary>The most recipients one message may have. <value>Default: 3 for <c>audience.mass-mail</c>.</value></summary>
    public int? MaxRecipients { get; set; }

    /// <summary>The most recipients one text may reach within <see cref="Window"/>. <value>Default: 5 for <c>audience.mass-mail</c>.</value></summary>
    public int? MaxRecipientsPerDay { get; set; }

    /// <summary>The span over which separate sends of one text are counted together. <value>Default: 1 day for <c>audience.mass-mail</c>.</value></summary>
    public TimeSpan? Window { get; set; }

    /// <summary>The least time between an unanswered message and the next. <value>Default: 7 days (too-soon), 14 days (repeat).</value></summary>
    public TimeSpan? MinimumGap { get; set; }

    /// <summary>How many follow-ups to one unanswered message are fine. <value>Default: 1 for <c>followup.too-many</c>.</value></summary>
    public int? MaxFollowUps { get; set; }

    /// <summary>The defaults these settings were overlaid on, so overlaying them on the same again can be skipped.</summary>
    internal RuleSettings? OverlaidDefaults { get; private init; }

    /// <summary>Each value set here, else the one in <paramref name="defaults"/>.</summary>
    public RuleSettings OverlaidOn(RuleSettings defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        return new()
        {
            OverlaidDefaults = defaults,
            Enabled = Enabled,
            Severity = Severity ?? defaults.Severity,
            WarningOver = WarningOver ?? defaults.WarningOver,
            InfoOver = InfoOver ?? defaults.InfoOver,
            MinimumWords = MinimumWords ?? defaults.MinimumWords,
            NightStarts = NightStarts ?? defaults.NightStarts,
            NightEnds = NightEnds ?? defaults.NightEnds,
            MaxRecipients = MaxRecipients ?? defaults.MaxRecipients,
            MaxRecipientsPerDay = MaxRecipientsPerDay ?? defaults.MaxRecipientsPerDay,
            Window = Window ?? defaults.Window,
            MinimumGap = MinimumGap ?? defaults.MinimumGap,
            MaxFollowUps = MaxFollowUps ?? defaults.MaxFollowUps,
        };
    }

    /// <summary>The thresholds that are set, by setting name, for validation and the catalogue check.</summary>
    public IReadOnlyDictionary<string, object> Thresholds()
    {
        var values = new Dictionary<string, object?>
        {
            [nameof(WarningOver)] = WarningOver,
            [nameof(InfoOver)] = InfoOver,
            [nameof(MinimumWords)] = MinimumWords,
            [nameof(NightStarts)] = NightStarts,
            [nameof(NightEnds)] = NightEnds,
            [nameof(MaxRecipients)] = MaxRecipients,
            [nameof(MaxRecipientsPerDay)] = MaxRecipientsPerDay,
            [nameof(Window)] = Window,
            [nameof(MinimumGap)] = MinimumGap,
            [nameof(MaxFollowUps)] = MaxFollowUps,
        };
        return values.Where(v => v.Value is not null).ToDictionary(v => v.Key, v => v.Value!, StringComparer.Ordinal);
    }
}
