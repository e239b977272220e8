namespace OutreachAssistant.Core.FollowUps;

/// <summary>Month names and their usual abbreviations in English, German, French and Spanish.</summary>
internal static class MonthNames
{
    private static readonly string[][] Names =
    [
        ["january", "jan", "januar", "jänner", "janvier", "janv", "enero", "ene"],
        ["february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero"],
        ["march", "mar", "märz", "maerz", "mars", "marzo"],
        ["april", "apr", "avril", "avr", "abril", "abr"],
        ["may", "mai", "mayo"],
        ["june", "jun", "juni", "juin", "junio"],
        ["july", "jul", "juli", "juillet", "juil", "julio"],
        ["august", "aug", "août", "aout", "agosto", "ago"],
        ["september", "sep", "sept", "septembre", "septiembre", "setiembre"],
        ["october", "oct", "oktober", "okt", "octobre", "octubre"],
        ["november", "nov", "novembre", "noviembre"],
        ["december", "dec", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic"],
    ];

    public static int? Number(string name)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (Names[i].Any(n => n.Equals(name, StringComparison.OrdinalIgnoreCase)))
            {
                return i + 1;
            }
        }

        return null;
    }
}
