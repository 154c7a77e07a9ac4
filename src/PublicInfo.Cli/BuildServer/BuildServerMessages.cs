namespace PublicInfo.Cli.BuildServer;

/// <summary>What a client asks of the build server: one build (paths absolute, the date already decided by the client)
/// or, with <see cref="Stop"/>, that the server exit.</summary>
internal sealed record BuildRequest(string Root, string Output, string Today, bool Clean, bool Stop = false)
{
    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(Root);
        writer.Write(Output);
        writer.Write(Today);
        writer.Write(Clean);
        writer.Write(Stop);
        writer.Flush();
    }

    /// <summary>The next request, or null when the client closed the connection first.</summary>
    public static BuildRequest? ReadFrom(BinaryReader reader) =>
        BuildServerMessages.OrNullAtEnd(() => new BuildRequest(reader.ReadString(), reader.ReadString(), reader.ReadString(),
            reader.ReadBoolean(), reader.ReadBoolean()));
}

/// <summary>The server's answer: the build's exit code and what it printed.</summary>
internal sealed record BuildReply(int ExitCode, string Stdout, string Stderr)
{
    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(ExitCode);
        writer.Write(Stdout);
        writer.Write(Stderr);
        writer.Flush();
    }

    /// <summary>The reply, or null when the server closed the connection first.</summary>
    public static BuildReply? ReadFrom(BinaryReader reader) =>
        BuildServerMessages.OrNullAtEnd(() => new BuildReply(reader.ReadInt32(), reader.ReadString(), reader.ReadString()));
}

/// <summary>Messages travel as a few length-prefixed UTF-8 strings and numbers (<see cref="BinaryWriter"/>): a client
/// starts for each build, and a JSON serializer's first use cost it more than the rest of its work.</summary>
internal static class BuildServerMessages
{
    /// <summary>The message <paramref name="read"/> reads, or null when the connection ended or broke first.</summary>
    public static T? OrNullAtEnd<T>(Func<T> read) where T : class
    {
        try
        {
            return read();
        }
        catch (IOException)
        {
            return null; // EndOfStreamException: the other side closed; or the connection was reset
        }
    }
}
