"""kubesim: a Kubernetes API simulator (core v1, batch/v1, Kueue, interLink) in pure Python."""
