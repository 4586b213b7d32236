#include "theme.h"

#include <QFont>
#include <QLabel>
#include <QPalette>

namespace plancia::ui::theme {

QString sidebarStyleSheet()
{
    return QStringLiteral(
               "#sidebar { background: %1; }"
               "#sidebar QLabel { color: %2; background: transparent; }"
               "#sidebarList { background: %1; border: none; outline: none; color: %2;"
               "  font-size: 10.5pt; }"
               "#sidebarList::item { padding: 7px 10px; margin: 1px 8px; border-radius: 6px; }"
               "#sidebarList::item:hover { background: #243244; }"
               "#sidebarList::item:selected { background: %3; color: white; }"
               "#sidebarFooter { color: %4; font-size: 8.5pt; }")
        .arg(sidebarBackground.name(), sidebarText.name(), accent.name(), sidebarMuted.name());
}

QString primaryButtonStyleSheet()
{
    return QStringLiteral("#primaryButton { background: %1; color: white; border: 1px solid %1;"
                          "  border-radius: 6px; padding: 6px 20px; font-weight: 600; }"
                          "#primaryButton:hover { background: %2; }"
                          "#primaryButton:pressed { background: %3; }"
                          "#primaryButton:focus { border: 2px solid %3; }")
        .arg(accent.name(), accent.lighter(112).name(), accent.darker(125).name());
}

QString statusBarStyleSheet()
{
    return QStringLiteral("QStatusBar { border-top: 1px solid palette(midlight); }"
                          "QStatusBar::item { border: none; }");
}

void makeTitle(QLabel *label)
{
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.6);
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
}

void makeHeading(QLabel *label)
{
    QFont f = label->font();
    f.setPointSizeF(f.pointSizeF() * 1.15);
    f.setWeight(QFont::DemiBold);
    label->setFont(f);
}

void makeSecondary(QLabel *label)
{
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, muted);
    label->setPalette(pal);
}

void makeCard(QWidget *widget)
{
    widget->setObjectName(QStringLiteral("card"));
    widget->setAttribute(Qt::WA_StyledBackground);
    widget->setStyleSheet(QStringLiteral("#card { background: palette(base); border: 1px solid "
                                         "palette(midlight); border-radius: 8px; }"));
}

} // namespace plancia::ui::theme
