#pragma once

#include <QString>
#include <QStringView>

#include <iterator>
#include <string_view>
#include <type_traits>

namespace Dixa {

// The spellings of one enum's known values. Specialise it with
//   static constexpr std::u16string_view names[] = {u"First", u"Second"};
// where names[i] spells the enumerator whose value is i + 1; value 0 is always `Unknown`.
template<class E>
struct EnumNames;

// An enum value read from JSON that keeps its text: a value added by a newer Dixa reads as
// Unknown but is still written back as sent. An OpenEnum with no text stands for an absent
// member (used for `_type` discriminators that Dixa's schemas do not declare); writers skip it.
template<class E>
class OpenEnum
{
public:
    OpenEnum() = default;
    // Implicit on purpose: `attributes.direction = Direction::Outbound` reads naturally.
    OpenEnum(E known)
        : m_value(known)
        , m_text(nameOf(known))
    {}

    static OpenEnum fromString(const QString &text)
    {
        OpenEnum result;
        result.m_text = text;
        const auto &names = EnumNames<E>::names;
        for (std::size_t i = 0; i < std::size(names); ++i) {
            if (QStringView(names[i].data(), qsizetype(names[i].size())) == text) {
                result.m_value = static_cast<E>(i + 1);
                break;
            }
        }
        return result;
    }

    static QString nameOf(E value)
    {
        const auto &names = EnumNames<E>::names;
        const auto index = static_cast<std::size_t>(static_cast<std::underlying_type_t<E>>(value));
        if (index == 0 || index > std::size(names))
            return {};
        const std::u16string_view name = names[index - 1];
        return QStringView(name.data(), qsizetype(name.size())).toString();
    }

    E value() const { return m_value; }
    QString text() const { return m_text; }
    bool isKnown() const { return m_value != E{}; }
    bool isNull() const { return m_text.isEmpty(); }

    friend bool operator==(const OpenEnum &a, const OpenEnum &b) { return a.m_text == b.m_text; }
    friend bool operator==(const OpenEnum &a, E b) { return a.m_value == b && b != E{}; }

private:
    E m_value{};
    QString m_text;
};

} // namespace Dixa
