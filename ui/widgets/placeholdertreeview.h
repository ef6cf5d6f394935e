#pragma once

#include <QString>
#include <QTreeView>

namespace trellis {

// A QTreeView that says something while its model has no rows (the first row's place, in the
// disabled text colour, as a disabled item would): "Nothing to do yet — …" without a fake row in
// the model.
class PlaceholderTreeView final : public QTreeView {
    Q_OBJECT
public:
    explicit PlaceholderTreeView(QWidget *parent = nullptr);

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }
    // Whether the placeholder is what the view shows now.
    bool showsPlaceholder() const;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace trellis
