//! The frontend's error type.

/// Why the data could not be shown.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum Error {
    /// The request failed before any answer (network, blocked).
    #[error("{file}: could not be fetched: {message}")]
    Fetch { file: String, message: String },
    /// The server answered with an error status.
    #[error("{file}: the server answered {status} {status_text}")]
    Http {
        file: String,
        status: u16,
        status_text: String,
    },
    /// A file the user picked or dropped could not be read.
    #[error("{file}: could not be read: {message}")]
    File { file: String, message: String },
    /// The reading worker could not start, or stopped.
    #[error("{file}: the reader could not run: {message}")]
    Worker { file: String, message: String },
    /// The file was fetched but its content is unusable.
    #[error(transparent)]
    Data(#[from] shared::Error),
}

impl Error {
    /// In the words of `w`.
    pub fn describe(&self, w: &shared::i18n::Words) -> String {
        use shared::i18n::arg;
        match self {
            Error::Fetch { file, message } => w.tf(
                "error-fetch",
                &[
                    ("file", arg(file.as_str())),
                    ("message", arg(message.as_str())),
                ],
            ),
            Error::Http {
                file,
                status,
                status_text,
            } => w.tf(
                "error-http",
                &[
                    ("file", arg(file.as_str())),
                    ("status", arg(format!("{status} {status_text}"))),
                ],
            ),
            Error::File { file, message } => w.tf(
                "error-file",
                &[
                    ("file", arg(file.as_str())),
                    ("message", arg(message.as_str())),
                ],
            ),
            Error::Worker { file, message } => w.tf(
                "error-worker",
                &[
                    ("file", arg(file.as_str())),
                    ("message", arg(message.as_str())),
                ],
            ),
            Error::Data(e) => w.error(e),
        }
    }
}

/// The frontend's result alias.
pub type Result<T> = std::result::Result<T, Error>;
