#include "searchtextstore.h"

#include <algorithm>

void SearchTextStore::store(quint32 &offset, quint32 &length, QStringView text)
{
    text = text.left(MaxTextChars);
    if (length > 0 && text.size() <= qsizetype(length)) {
        char16_t *place = m_blocks[offset / BlockChars].get() + offset % BlockChars;
        std::copy(text.utf16(), text.utf16() + text.size(), place);
        length = quint32(text.size());
        return;
    }
    if (m_blocks.empty() || m_lastUsed + text.size() > BlockChars) {
        m_blocks.push_back(std::make_unique_for_overwrite<char16_t[]>(std::size_t(BlockChars)));
        m_lastUsed = 0;
    }
    char16_t *place = m_blocks.back().get() + m_lastUsed;
    std::copy(text.utf16(), text.utf16() + text.size(), place);
    offset = quint32(qsizetype(m_blocks.size() - 1) * BlockChars + m_lastUsed);
    length = quint32(text.size());
    m_lastUsed += text.size();
}

qsizetype SearchTextStore::usedChars() const
{
    return m_blocks.empty() ? 0 : qsizetype(m_blocks.size() - 1) * BlockChars + m_lastUsed;
}

void SearchTextStore::clear()
{
    m_blocks.clear();
    m_lastUsed = 0;
}
