using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace PublicInfo.Search;

/// <summary>
/// Lucene tokenizer for <see cref="SearchText"/>'s chain: emits the same tokens as
/// <see cref="SearchText.Analyze"/>, with a bigram at the same position as the unigram it starts from,
/// as CJKBigramFilter with unigrams does.
/// </summary>
public sealed class SearchTokenizer : Tokenizer
{
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private readonly List<(string Text, int Start, int End, int Increment)> _tokens = new();
    private int _next;
    private int _length;

    /// <summary>Creates a tokenizer over <paramref name="input"/>.</summary>
    public SearchTokenizer(TextReader input) : base(input)
    {
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    /// <inheritdoc />
    public override void Reset()
    {
        base.Reset();
        string text = m_input.ReadToEnd();
        _length = text.Length;
        _tokens.Clear();
        _next = 0;
        foreach (TextRun run in SearchText.Runs(SearchText.Fold(text)))
        {
            if (!run.IsHan)
            {
                _tokens.Add((run.Units[0], run.Start, run.Start + run.Units[0].Length, 1));
                continue;
            }
            int start = run.Start;
            for (int i = 0; i < run.Units.Length; i++)
            {
                string unit = run.Units[i];
                _tokens.Add((unit, start, start + unit.Length, 1));
                if (i + 1 < run.Units.Length)
                {
                    string bigram = unit + run.Units[i + 1];
                    _tokens.Add((bigram, start, start + bigram.Length, 0));
                }
                start += unit.Length;
            }
        }
    }

    /// <inheritdoc />
    public override bool IncrementToken()
    {
        if (_next >= _tokens.Count) return false;
        ClearAttributes();
        var (text, start, end, increment) = _tokens[_next++];
        _term.SetEmpty().Append(text);
        _offset.SetOffset(CorrectOffset(start), CorrectOffset(end));
        _position.PositionIncrement = increment;
        return true;
    }

    /// <inheritdoc />
    public override void End()
    {
        base.End();
        _offset.SetOffset(CorrectOffset(_length), CorrectOffset(_length));
    }
}
