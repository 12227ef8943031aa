namespace RclContract.Sandbox;

internal sealed record CsrInfoBody(
    string CountryName,
    string? Locality,
    string? State,
    string Organization,
    string? OrganizationUnit);
