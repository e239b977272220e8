namespace OutreachAssistant.Graph;

public enum GraphConnectionMode
{
    /// <summary>Start the embedded sandbox and use it: the demo, and a safe first run.</summary>
    Sandbox,

    /// <summary>Talk to the Graph endpoint at <c>Graph:BaseUrl</c>, signed in as <c>Auth</c> says.</summary>
    Remote,
}
