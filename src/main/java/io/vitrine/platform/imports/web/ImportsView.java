package io.vitrine.platform.imports.web;

import io.vitrine.platform.AccessDeniedException;
import io.vitrine.platform.InvalidInputException;
import io.vitrine.platform.NotFoundException;
import io.vitrine.platform.imports.ImportJob;
import io.vitrine.platform.imports.ImportJobs;
import io.vitrine.platform.web.PageCaller;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * {@code /seller/imports.xhtml} and {@code /admin/imports.xhtml}: a catalogue uploaded here becomes an import job
 * ({@link ImportJobs}); the page polls the job for its progress bar, then shows its counts and the link to its
 * rejected rows. A seller imports its own catalogue; an admin may name the seller.
 */
@Named("imports")
@ViewScoped
public class ImportsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ImportJobs jobs;
    @Inject
    PageCaller caller;

    private String kind = "";
    private String seller;
    /** The job started from this page, followed by the progress bar. */
    private String jobId;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            ImportJob job = jobs.upload(caller.get(), file.getFileName(), Optional.ofNullable(kind), Optional.ofNullable(seller), in);
            jobId = job.id();
        } catch (InvalidInputException | AccessDeniedException e) {
            jobId = null;
            error(e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            jobId = null;
            error("the upload could not be stored: " + e.getMessage());
        }
    }

    private static void error(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** The job started here, as it stands now; empty before an upload. */
    public Optional<ImportJob> getJob() {
        if (jobId == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(jobs.get(caller.get(), jobId));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The progress bar's value, polled while the job runs: 100 once it is done or failed. */
    public int getProgress() {
        return getJob().map(ImportJob::percent).orElse(0);
    }

    public void setProgress(int ignored) {
        // the progress bar posts its value back; the job decides it
    }

    public boolean isRunning() {
        return getJob().map(j -> !j.isFinished()).orElse(false);
    }

    /** The caller's recent jobs, newest first. */
    public List<ImportJob> getJobs() {
        return jobs.list(caller.get(), 20);
    }

    public List<String> getLayouts() {
        return jobs.layouts(caller.get());
    }

    public boolean isAdmin() {
        return caller.get().isAdmin();
    }

    public long getMaxBytes() {
        return jobs.maxUploadBytes();
    }

    /** Where a job's rejected rows are downloaded (the REST API, which the page's session may call). */
    public String errorsUrl(ImportJob job) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + "/api/v1/imports/" + job.id() + "/errors";
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getSeller() {
        return seller;
    }

    public void setSeller(String seller) {
        this.seller = seller;
    }
}
