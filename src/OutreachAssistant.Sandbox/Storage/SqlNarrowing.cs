namespace OutreachAssistant.Sandbox.Storage;

/// <summary>
/// Conditions on the <c>messages</c> table, with their parameters, that a query adds to its WHERE clause so it
/// reads fewer rows. A condition may name <c>$m</c>, the mailbox every message query binds.
/// </summary>
internal sealed class SqlNarrowing
{
    private readonly List<string> conditions = [];
    private readonly List<(string Name, object? Value)> parameters = [];

    public IReadOnlyList<(string Name, object? Value)> Parameters => parameters;

    /// <summary>The conditions as <c> AND (…)</c> terms to append to a WHERE clause; empty when there are none.</summary>
    public string Sql => string.Concat(conditions.Select(c => $" AND ({c})"));

    /// <summary>Binds a value and returns the name to use for it in a condition.</summary>
    public string Parameter(object? value)
    {
        var name = "$p" + parameters.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        parameters.Add((name, value));
        return name;
    }

    public void Add(string condition) => conditions.Add(condition);
}
