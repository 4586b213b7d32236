#pragma once

#include <QString>

#include <functional>

class QWidget;

namespace plancia::ui {

// Where an export goes: QFileDialog::getSaveFileName by default; tests inject a path. Empty:
// the person canceled.
using SavePathProvider = std::function<QString(
    QWidget *parent, const QString &caption, const QString &suggestedName, const QString &filter)>;
QString askSavePath(QWidget *parent, const QString &caption, const QString &suggestedName,
                    const QString &filter);

} // namespace plancia::ui
