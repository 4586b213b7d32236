"""Controllers: the parts of kube-scheduler, kubelet/interLink, job-controller and Kueue the client sees."""
