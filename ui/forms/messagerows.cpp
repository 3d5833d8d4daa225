#include "messagerows.h"

#include "entitypicker.h"
#include "session/workspace.h"
#include "specform.h"

#include <QComboBox>
#include <QJsonObject>

namespace MessageRows {

void add(SpecForm *form, const QString &prefix, const QString &variantSchema, bool typeIsARow)
{
    const SpecCatalog &spec = form->workspace().spec();
    const QString type = QStringLiteral("_type");
    const QString content = QStringLiteral("content");
    if (!typeIsARow)
        form->setConstant(prefix + type, spec.field(variantSchema, type).allowed.value(0));
    for (const SpecField &field : spec.fields(variantSchema)) {
        if (!field.required || field.name == type || field.name == content)
            continue;
        QWidget *editor = form->addField(prefix + field.name, variantSchema);
        if (auto *picker = qobject_cast<EntityPicker *>(editor))
            picker->setVisibleRows(5);
    }
    const QString contentSchema = spec.field(variantSchema, content).ref;
    form->setConstant(prefix + content, QJsonObject());
    form->addField(QString(prefix + content + QLatin1String(".value")), contentSchema, true);
    auto *format = qobject_cast<QComboBox *>(
        form->addField(QString(prefix + content + QLatin1String("._type")), contentSchema));
    if (format) {
        const int text = format->findData(QStringLiteral("Text"));
        if (text >= 0)
            format->setCurrentIndex(text);
    }
}

} // namespace MessageRows
