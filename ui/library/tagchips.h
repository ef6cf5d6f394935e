#pragma once

#include <QHash>
#include <QStringList>
#include <QWidget>

namespace trellis {

// A row of coloured tag chips (LibraryTexts::tagFill), wrapping onto more lines when narrow.
class TagChips final : public QWidget {
    Q_OBJECT
public:
    explicit TagChips(QWidget *parent = nullptr);
    void setTags(const QStringList &tags, const QHash<QString, QString> &colours);
    QStringList tags() const { return m_tags; }

    QSize sizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<QRect> layoutFor(int width) const;

    QStringList m_tags;
    QHash<QString, QString> m_colours;
};

} // namespace trellis
