using System.Runtime.InteropServices;

namespace PactFfi.Interop;

/// <summary>
/// Every entry point of libpact_ffi that the binding uses, declared once. Types follow the C header: C bool
/// is one byte, <c>unsigned long</c> is 64-bit (Linux and macOS), <c>size_t</c> is <see cref="nuint"/>.
/// Functions that return a string the caller owns return <see cref="IntPtr"/> so the reader can free it
/// with <see cref="StringDelete"/>.
/// </summary>
internal static partial class NativeMethods
{
    internal const string LibraryName = "pact_ffi";

    static NativeMethods() => NativeLibraryResolver.Register();

    // Start-up and logs.

    [LibraryImport(LibraryName, EntryPoint = "pactffi_version")]
    internal static partial IntPtr Version();

    [LibraryImport(LibraryName, EntryPoint = "pactffi_log_to_buffer")]
    internal static partial int LogToBuffer(int levelFilter);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_fetch_log_buffer", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial IntPtr FetchLogBuffer(string? logId);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_string_delete")]
    internal static partial void StringDelete(IntPtr value);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_check_regex", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool CheckRegex(string regex, string example);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_validate_datetime", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int ValidateDateTime(string value, string format);

    // Consumer side: pact and interactions.

    [LibraryImport(LibraryName, EntryPoint = "pactffi_new_pact", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial ushort NewPact(string consumerName, string providerName);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_with_specification")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithSpecification(ushort pact, int specification);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_free_pact_handle")]
    internal static partial uint FreePactHandle(ushort pact);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_new_interaction", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial uint NewInteraction(ushort pact, string description);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_given", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool Given(uint interaction, string description);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_given_with_param", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool GivenWithParam(uint interaction, string description, string name, string value);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_with_request", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithRequest(uint interaction, string method, string path);

    [LibraryImport(
        LibraryName, EntryPoint = "pactffi_with_query_parameter_v2", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithQueryParameterV2(uint interaction, string name, nuint index, string value);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_with_header_v2", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithHeaderV2(uint interaction, int part, string name, nuint index, string value);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_with_body", StringMarshalling = StringMarshalling.Utf8)]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool WithBody(uint interaction, int part, string contentType, string body);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_response_status")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool ResponseStatus(uint interaction, ushort status);

    // Consumer side: mock server.

    [LibraryImport(
        LibraryName,
        EntryPoint = "pactffi_create_mock_server_for_transport",
        StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int CreateMockServerForTransport(
        ushort pact, string address, ushort port, string transport, string? transportConfig);

    /// <summary>Owned by the mock server: read it, never free it.</summary>
    [LibraryImport(LibraryName, EntryPoint = "pactffi_mock_server_mismatches")]
    internal static partial IntPtr MockServerMismatches(int port);

    /// <summary>Owned by the mock server: read it, never free it.</summary>
    [LibraryImport(LibraryName, EntryPoint = "pactffi_mock_server_logs")]
    internal static partial IntPtr MockServerLogs(int port);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_cleanup_mock_server")]
    [return: MarshalAs(UnmanagedType.U1)]
    internal static partial bool CleanupMockServer(int port);

    [LibraryImport(
        LibraryName, EntryPoint = "pactffi_pact_handle_write_file", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial int PactHandleWriteFile(
        ushort pact, string directory, [MarshalAs(UnmanagedType.U1)] bool overwrite);

    // Provider side: verifier.

    [LibraryImport(
        LibraryName, EntryPoint = "pactffi_verifier_new_for_application", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial VerifierHandle VerifierNewForApplication(string name, string version);

    [LibraryImport(
        LibraryName, EntryPoint = "pactffi_verifier_set_provider_info", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierSetProviderInfo(
        VerifierHandle handle, string name, string scheme, string host, ushort port, string path);

    [LibraryImport(
        LibraryName, EntryPoint = "pactffi_verifier_add_file_source", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierAddFileSource(VerifierHandle handle, string file);

    [LibraryImport(
        LibraryName, EntryPoint = "pactffi_verifier_add_directory_source", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierAddDirectorySource(VerifierHandle handle, string directory);

    [LibraryImport(
        LibraryName, EntryPoint = "pactffi_verifier_set_provider_state", StringMarshalling = StringMarshalling.Utf8)]
    internal static partial void VerifierSetProviderState(VerifierHandle handle, string url, byte teardown, byte body);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_set_verification_options")]
    internal static partial int VerifierSetVerificationOptions(
        VerifierHandle handle, byte disableSslVerification, ulong requestTimeoutMilliseconds);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_set_coloured_output")]
    internal static partial int VerifierSetColouredOutput(VerifierHandle handle, byte coloured);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_execute")]
    internal static partial int VerifierExecute(VerifierHandle handle);

    /// <summary>Caller owns the string: free it with <see cref="StringDelete"/>.</summary>
    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_output")]
    internal static partial IntPtr VerifierOutput(VerifierHandle handle, byte stripAnsi);

    /// <summary>Caller owns the string: free it with <see cref="StringDelete"/>.</summary>
    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_json")]
    internal static partial IntPtr VerifierJson(VerifierHandle handle);

    /// <summary>Caller owns the string: free it with <see cref="StringDelete"/>.</summary>
    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_logs")]
    internal static partial IntPtr VerifierLogs(VerifierHandle handle);

    [LibraryImport(LibraryName, EntryPoint = "pactffi_verifier_shutdown")]
    internal static partial void VerifierShutdown(IntPtr handle);
}
