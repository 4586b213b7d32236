#include "aboutdialog.h"

#include "icons.h"
#include "theme.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace plancia::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLabel(this))
    , m_body(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    auto *logo = new QLabel(this);
    logo->setPixmap(appIcon().pixmap(QSize(72, 72)));
    logo->setAlignment(Qt::AlignTop);
    theme::makeTitle(m_name);
    m_body->setWordWrap(true);
    m_body->setTextFormat(Qt::RichText);
    m_body->setOpenExternalLinks(true);
    m_body->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_body->setMinimumWidth(380);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *text = new QVBoxLayout;
    text->addWidget(m_name);
    text->addWidget(m_body);
    auto *row = new QHBoxLayout;
    row->setSpacing(20);
    row->addWidget(logo);
    row->addLayout(text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 16);
    layout->addLayout(row);
    layout->addSpacing(8);
    layout->addWidget(buttons);
    retranslate();
}

QString AboutDialog::licenseId()
{
    return QStringLiteral("GPL-3.0-or-later");
}

QString AboutDialog::text() const
{
    return m_name->text() + QLatin1Char('\n') + m_body->text();
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    setWindowTitle(tr("About Plancia"));
    m_name->setText(tr("Plancia %1").arg(QStringLiteral(PLANCIA_VERSION)));
    const QString home = QStringLiteral(PLANCIA_HOMEPAGE);
    const QString link = QStringLiteral("<a href=\"%1\">%2</a>");
    QStringList paragraphs;
    paragraphs << tr("The control center of a Kubernetes-based research AI platform: GPU "
                     "availability, storage, JupyterLab sessions and batch jobs, with one login.");
    paragraphs << tr("Built with Qt %1, running on Qt %2.")
                      .arg(QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
    paragraphs << tr("Free software under the GNU General Public License, version 3 or later "
                     "(%1).")
                      .arg(licenseId());
    paragraphs << QStringList{link.arg(home, tr("Project page")),
                              link.arg(home + QStringLiteral("/tree/main/docs"),
                                       tr("Documentation")),
                              link.arg(home + QStringLiteral("/issues"), tr("Report a problem"))}
                      .join(QStringLiteral(" · "));
    m_body->setText(QStringLiteral("<p>") + paragraphs.join(QStringLiteral("</p><p>")) +
                    QStringLiteral("</p>"));
}

} // namespace plancia::ui
