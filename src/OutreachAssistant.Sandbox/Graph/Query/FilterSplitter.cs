namespace OutreachAssistant.Sandbox.Graph.Query;

/// <summary>Splits an OData expression on a keyword at the top level (outside quotes and parentheses).</summary>
internal static class FilterSplitter
{
    public static List<string> Split(string expression, string keyword)
    {
        var parts = new List<string>();
        var depth = 0;
        var quoted = false;
        var start = 0;
        var separator = $" {keyword} ";
        for (var i = 0; i < expression.Length; i++)
        {
            var c = expression[i];
            if (c == '\'')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '(')
            {
                depth++;
            }
            else if (!quoted && c == ')')
            {
                depth--;
            }
            else if (!quoted && depth == 0 && string.Compare(expression, i, separator, 0, separator.Length, StringComparison.OrdinalIgnoreCase) == 0)
            {
                parts.Add(expression[start..i].Trim());
                start = i + separator.Length;
                i = start - 1;
            }
        }

        parts.Add(expression[start..].Trim());
        return parts;
    }

    /// <summary>Removes parentheses that wrap the whole expression.</summary>
    public static string Unwrap(string clause)
    {
        var trimmed = clause.Trim();
        while (trimmed.Length > 1 && trimmed[0] == '(' && ClosingParenthesis(trimmed) == trimmed.Length - 1)
        {
            trimmed = trimmed[1..^1].Trim();
        }

        return trimmed;
    }

    private static int ClosingParenthesis(string text)
    {
        var depth = 0;
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            quoted ^= text[i] == '\'';
            depth += quoted ? 0 : text[i] switch { '(' => 1, ')' => -1, _ => 0 };
            if (depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
