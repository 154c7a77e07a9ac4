using Lucene.Net.Analysis;

namespace PublicInfo.Search;

/// <summary>The one analyzer used for every searched field, at index and at query time.</summary>
public sealed class SearchAnalyzer : Analyzer
{
    /// <inheritdoc />
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new SearchTokenizer(reader));
}
