namespace OutreachAssistant.Worker.Configuration;

public enum GraphConnectionMode
{
    /// <summary>Start the embedded sandbox and use it: the demo, and a safe first run.</summary>
    Sandbox,

    /// <summary>Talk to the Graph endpoint at <c>Graph:BaseUrl</c> with the bearer token in <c>Graph:AccessToken</c>.</summary>
    Remote,
}
