#include "usage/savepath.h"

#include <QDir>
#include <QFileDialog>

namespace plancia::ui {

QString askSavePath(QWidget *parent, const QString &caption, const QString &suggestedName,
                    const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, caption, QDir::home().filePath(suggestedName),
                                        filter);
}

} // namespace plancia::ui
