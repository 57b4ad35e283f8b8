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

/// The frontend's result alias.
pub type Result<T> = std::result::Result<T, Error>;
