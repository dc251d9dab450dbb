namespace Waic2025;
