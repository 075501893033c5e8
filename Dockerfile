# The portal image. Build: docker build -t sosva-objectivity .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig Sosva.Objectivity.sln ./
COPY src/Sosva.Objectivity.Domain/Sosva.Objectivity.Domain.csproj src/Sosva.Objectivity.Domain/
COPY src/Sosva.Objectivity.Web/Sosva.Objectivity.Web.csproj src/Sosva.Objectivity.Web/
RUN dotnet restore src/Sosva.Objectivity.Web/Sosva.Objectivity.Web.csproj
COPY src/ src/
RUN dotnet publish src/Sosva.Objectivity.Web/Sosva.Objectivity.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0
# ICU and time zones for ru-RU dates and Asia/Yekaterinburg.
RUN apt-get update && apt-get install -y --no-install-recommends libicu72 tzdata && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false
EXPOSE 8080
RUN mkdir -p /app/logs && chown app /app/logs
USER app
ENTRYPOINT ["dotnet", "Sosva.Objectivity.Web.dll"]
