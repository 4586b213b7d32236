namespace plancia::ui {
int placeholder()
{
    return 0;
}
} // namespace plancia::ui
