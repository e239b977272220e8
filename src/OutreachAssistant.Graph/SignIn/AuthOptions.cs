namespace OutreachAssistant.Graph.SignIn;

/// <summary>Sign-in to Microsoft Graph. Bound from <c>Auth</c>; used when <c>Graph:Mode</c> is <c>Remote</c>.</summary>
public sealed class AuthOptions
{
    /// <summary>The configuration section these settings are bound from.</summary>
    public const string SectionName = "Auth";

    /// <summary>The password of a PFX <see cref="CertificatePath"/>: a secret, so read from the environment alone, never bound.</summary>
    public const string CertificatePasswordKey = $"{SectionName}:CertificatePassword";

    /// <summary>The environment variable <see cref="CertificatePasswordKey"/> is read from.</summary>
    public const string CertificatePasswordVariable = $"{SectionName}__CertificatePassword";

    /// <summary><c>DeviceCode</c>, <c>ClientSecret</c>, <c>ClientCertificate</c>, <c>ManagedIdentity</c> or <c>AccessToken</c>. <value>Default: DeviceCode.</value></summary>
    public AuthMode Mode { get; set; } = AuthMode.DeviceCode;

    /// <summary>The Entra tenant; <c>common</c> takes work, school and personal accounts, <c>consumers</c> only outlook.com. <value>Default: common.</value></summary>
    public string TenantId { get; set; } = "common";

    /// <summary>The application (client) id of the app registration. <value>Default: none; required except for AccessToken.</value></summary>
    public string? ClientId { get; set; }

    /// <summary>App-only secret; only from the environment (<c>Auth__ClientSecret</c>) or user secrets. <value>Default: none.</value></summary>
    public string? ClientSecret { get; set; }

    /// <summary>A PEM or PFX certificate file for <c>ClientCertificate</c>. <value>Default: none.</value></summary>
    public string? CertificatePath { get; set; }

    /// <summary>The client id of a user-assigned managed identity. <value>Default: none (the system-assigned identity).</value></summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>
    /// Allows a plain-file token cache where the system offers no encryption (Linux without libsecret).
    /// <value>Default: false, so start-up stops instead.</value>
    /// </summary>
    public bool AllowUnencryptedTokenCache { get; set; }

    /// <summary>Asks for <c>Calendars.Read</c> too; only for calendar features. <value>Default: false.</value></summary>
    public bool CalendarFeatures { get; set; }
}
