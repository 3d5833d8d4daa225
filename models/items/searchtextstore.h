#pragma once

#include <QStringView>

#include <memory>
#include <vector>

// Every conversation row's search text, kept in a few large blocks instead of one allocation per
// row: scanning 100,000 texts then reads memory in order, each text costs no allocation of its
// own, and growing never copies what is stored. A text is addressed by its place (offset) and
// length; storing a longer text for a row moves it to the end, so dead text accumulates until
// the owner rebuilds the store.
class SearchTextStore
{
public:
    static constexpr qsizetype BlockChars = 1 << 15;
    // Longer texts are cut: nobody searches a conversation by its 4097th character.
    static constexpr qsizetype MaxTextChars = BlockChars / 8;

    // Stores `text` in the place (offset, length) points at when it fits, else at the end, and
    // updates both.
    void store(quint32 &offset, quint32 &length, QStringView text);
    QStringView view(quint32 offset, quint32 length) const
    {
        if (length == 0)
            return {};
        return {m_blocks[offset / BlockChars].get() + offset % BlockChars, qsizetype(length)};
    }
    // Characters taken, dead text included.
    qsizetype usedChars() const;
    void clear();

private:
    std::vector<std::unique_ptr<char16_t[]>> m_blocks;
    qsizetype m_lastUsed = 0; // characters used in the last block
};
