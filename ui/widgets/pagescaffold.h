#pragma once

#include <QString>
#include <QWidget>

#include <functional>
#include <optional>
#include <utility>

class QAbstractButton;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace trellis {

class ModelLoader;

// The frame every workspace page shares (UI.md): a title row (the title ≈1.4× bold, a secondary
// summary, a slot for the primary button), a filter row, and a body that shows "Loading…" until
// the first load, the load's failure with Try Again, an empty state (an icon, one sentence, at
// most one button) or the content. follow() drives the body from a ModelLoader, so a page only
// says when it is empty.
class PageScaffold final : public QWidget {
    Q_OBJECT
public:
    enum class Body { Loading, Empty, Failed, Content };

    // What the body shows instead of the content. No button text: no button. A second, quieter
    // button (secondaryText) offers the other way forward when there is one (import a roster, or
    // add people one by one).
    struct EmptyState {
        EmptyState() = default;
        EmptyState(QString icon, QString sentence, QString button = {}, QString secondary = {})
            : iconName(std::move(icon))
            , text(std::move(sentence))
            , buttonText(std::move(button))
            , secondaryText(std::move(secondary))
        {}

        QString iconName;
        QString text;
        QString buttonText;
        QString secondaryText;
    };
    // Called after every load and refresh(): the empty state to show, or nothing for the content.
    using EmptyCheck = std::function<std::optional<EmptyState>()>;

    explicit PageScaffold(const QString &title, QWidget *parent = nullptr);

    QLabel *titleLabel() const { return m_title; }
    QLabel *summaryLabel() const { return m_summary; }
    void setSummary(const QString &text);
    // Placed at the right end of the title row.
    void setPrimaryButton(QAbstractButton *button);
    // Placed right after the title (after those added before), `spacing` pixels further, e.g.
    // what the page shows: a choice of cohort or relationship.
    void addBesideTitle(QWidget *widget, int spacing = 0);
    // Placed between the title row and the filter row (e.g. KPI cards); stays visible whatever
    // the body shows.
    void addHeader(QWidget *widget);
    // The row under the title for filters, search and the page's other buttons.
    QHBoxLayout *filterRow() const { return m_filterRow; }
    void setContent(QWidget *content);
    // The empty state's one button (hidden unless the state names it); connect it once.
    QPushButton *emptyButton() const { return m_emptyButton; }
    // The empty state's second button (hidden unless the state names it); connect it once.
    QPushButton *emptySecondaryButton() const { return m_emptySecondary; }
    // The panel that shows the loading, empty and failed states (a page may name it).
    QWidget *statePanel() const { return m_panel; }

    void follow(ModelLoader *loader, EmptyCheck check, const QString &loadingText = {});
    // Re-evaluates the empty check (e.g. after a filter changed); nothing before the first load.
    void refresh();

    void showLoading(const QString &text = {});
    void showFailed(const QString &message);
    void showEmpty(const EmptyState &state);
    void showContent();
    Body body() const { return m_body; }
    QString stateText() const;

Q_SIGNALS:
    // Try Again was pressed on a failure (follow() reloads the loader itself).
    void retryRequested();

private:
    void showPanel(Body body, const QString &iconName, const QString &text, const QString &buttonText,
                   const QString &secondaryText = {});

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QHBoxLayout *m_titleRow = nullptr;
    int m_besideTitle = 0; // items inserted after the title
    QVBoxLayout *m_layout = nullptr;
    int m_headers = 0;
    QHBoxLayout *m_filterRow = nullptr;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_panel = nullptr;
    QLabel *m_icon = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_emptyButton = nullptr;
    QPushButton *m_emptySecondary = nullptr;
    QPushButton *m_retryButton = nullptr;
    QWidget *m_content = nullptr;
    ModelLoader *m_loader = nullptr;
    EmptyCheck m_check;
    QString m_loadingText;
    Body m_body = Body::Loading;
};

} // namespace trellis
